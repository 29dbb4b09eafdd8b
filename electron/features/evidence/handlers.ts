import type { Handlers } from '../../../shared/api/contract';
import { evidenceDetailsSchema } from '../../../shared/evidence/schema';
import { claimsLosingSupport } from '../../../shared/evidence/status';
import type { Services } from '../../services/services';
import { addNote, evidenceDir, listEvidence, publishFile, readEvidence, removeEvidence, updateEvidence } from './repository';
import { EvidenceUploads } from './uploads';

export function evidenceHandlers(services: Services): Handlers['evidence'] {
  // Uploads in progress belong to this back end's lifetime; a restart drops them (and start-up
  // removes their temp files).
  const uploads = new EvidenceUploads();
  const ws = () => services.requestWorkspace();
  return {
    list: () => {
      const current = services.requestWorkspaceOrNull();
      return current ? listEvidence(current) : [];
    },
    verify: () => listEvidence(ws(), true),
    beginUpload: ({ originalName, bytes }) => {
      const w = ws();
      return { token: uploads.begin(w.id, evidenceDir(w), originalName, bytes) };
    },
    uploadChunk: ({ token, offset, base64 }) => ({ received: uploads.append(ws().id, token, offset, Buffer.from(base64, 'base64')) }),
    cancelUpload: ({ token }) => {
      uploads.cancel(ws().id, token);
      return null;
    },
    attachFile: ({ token, details }) => {
      const w = ws();
      return publishFile(w, uploads.finish(w.id, token), details, services.now());
    },
    addNote: ({ details, url, note }) => addNote(ws(), details, url, note, services.now()),
    update: ({ id, details }) => updateEvidence(ws(), id, (e) => ({ ...e, ...evidenceDetailsSchema.parse(details) }), services.now()),
    link: ({ id, claim, linked }) =>
      updateEvidence(
        ws(),
        id,
        (e) => {
          const others = e.claims.filter((c) => !(c.kind === claim.kind && c.id === claim.id));
          return { ...e, claims: linked ? [...others, claim] : others };
        },
        services.now(),
      ),
    removalImpact: ({ id }) => claimsLosingSupport(readEvidence(ws()), id),
    remove: ({ id }) => {
      removeEvidence(ws(), id);
      return null;
    },
  };
}
