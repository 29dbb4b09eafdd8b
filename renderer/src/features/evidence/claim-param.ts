import { claimKinds, type ClaimRef } from '../../../../shared/evidence/schema';

/** `?claim=selfCheckAnswer:q11` ⇄ a claim: how another page opens the evidence page for one answer. */
export function claimFromSearch(search: string): ClaimRef | null {
  const value = new URLSearchParams(search).get('claim');
  const [kind, id] = value?.split(':') ?? [];
  if (!kind || !id || !(claimKinds as readonly string[]).includes(kind) || !/^[A-Za-z0-9_-]{2,64}$/.test(id)) return null;
  return { kind: kind as ClaimRef['kind'], id };
}

export function evidencePathFor(claim: ClaimRef): string {
  return `/evidence?${new URLSearchParams({ claim: `${claim.kind}:${claim.id}` }).toString()}`;
}
