import { useMutation, useQuery } from '@tanstack/react-query';
import type { EvidenceDetails } from '../../../../shared/evidence/schema';
import { evidenceLimits } from '../../../../shared/evidence/schema';
import { getApi } from '../../api/client';
import { apiQuery } from '../../api/query-client';

export function useEvidence() {
  return useQuery(apiQuery('evidence', 'list'));
}

/** One slice of the file as base64, read by the browser (never the whole file at once). */
function sliceAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

/** Sends a file in 1 MiB chunks through the one API, then records it; `onProgress` gets 0–1. */
export function useAttachFile(onProgress: (share: number) => void) {
  return useMutation({
    mutationFn: async ({ file, details }: { file: File; details: EvidenceDetails }) => {
      const api = getApi();
      const { token } = await api.evidence.beginUpload({ originalName: file.name.slice(0, 200) || 'file', bytes: file.size });
      try {
        for (let offset = 0; offset < file.size; offset += evidenceLimits.chunkBytes) {
          const base64 = await sliceAsBase64(file.slice(offset, offset + evidenceLimits.chunkBytes));
          await api.evidence.uploadChunk({ token, offset, base64 });
          onProgress(Math.min(1, (offset + evidenceLimits.chunkBytes) / file.size));
        }
        return await api.evidence.attachFile({ token, details });
      } catch (error) {
        await api.evidence.cancelUpload({ token }).catch(() => undefined);
        throw error;
      }
    },
  });
}

export function useAddNote() {
  return useMutation({ mutationFn: (input: { details: EvidenceDetails; url: string; note: string }) => getApi().evidence.addNote(input) });
}

export function useRemoveEvidence() {
  return useMutation({ mutationFn: (id: string) => getApi().evidence.remove({ id }) });
}
