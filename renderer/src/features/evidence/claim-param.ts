import { claimKinds, type ClaimRef } from '../../../../shared/evidence/schema';
import type { EvidenceFilter } from '../../../../shared/evidence/status';

const filters: EvidenceFilter[] = ['all', 'expired', 'expiringSoon', 'unused'];

/**
 * The evidence page's own paths (the app routes by the hash, so no query string):
 * `/for/selfCheckAnswer/q11` opens it for one answer, `/show/expired` with a filter chosen.
 */
export function evidenceView(nestedPath: string): { claim: ClaimRef | null; filter: EvidenceFilter } {
  const claim = /^\/for\/([A-Za-z]+)\/([A-Za-z0-9_-]{2,64})$/.exec(nestedPath);
  const shown = /^\/show\/([A-Za-z]+)$/.exec(nestedPath)?.[1];
  return {
    claim: claim && (claimKinds as readonly string[]).includes(claim[1]!) ? { kind: claim[1] as ClaimRef['kind'], id: claim[2]! } : null,
    filter: filters.includes(shown as EvidenceFilter) ? (shown as EvidenceFilter) : 'all',
  };
}

export const evidenceFilters = filters;

export function evidencePathFor(claim: ClaimRef): string {
  return `~/evidence/for/${claim.kind}/${encodeURIComponent(claim.id)}`;
}

export function evidenceFilterPath(filter: EvidenceFilter): string {
  return `~/evidence/show/${filter}`;
}
