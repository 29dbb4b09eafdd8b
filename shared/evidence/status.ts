import type { ClaimRef, Evidence } from './schema';

/** How many days ahead "expiring soon" looks. */
export const expiringWithinDays = 30;

export type ExpiryStatus = 'expired' | 'expiringSoon' | 'current' | 'noExpiry';

function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Whether evidence still proves anything on `today` (YYYY-MM-DD, the user's local day). */
export function expiryStatus(evidence: Pick<Evidence, 'reviewBy'>, today: string): ExpiryStatus {
  if (!evidence.reviewBy) return 'noExpiry';
  if (evidence.reviewBy < today) return 'expired';
  return evidence.reviewBy <= addDays(today, expiringWithinDays) ? 'expiringSoon' : 'current';
}

export type EvidenceFilter = 'all' | 'expired' | 'expiringSoon' | 'unused';

/** The evidence list's filters: expired, expiring within 30 days, supporting no claim. */
export function filterEvidence<E extends Evidence>(all: readonly E[], filter: EvidenceFilter, today: string): E[] {
  if (filter === 'all') return [...all];
  if (filter === 'unused') return all.filter((e) => e.claims.length === 0);
  return all.filter((e) => expiryStatus(e, today) === filter);
}

const sameClaim = (a: ClaimRef, b: ClaimRef) => a.kind === b.kind && a.id === b.id;

/** The evidence behind one claim (e.g. the answer to q11), newest first. */
export function evidenceFor<E extends Evidence>(all: readonly E[], claim: ClaimRef): E[] {
  return all.filter((e) => e.claims.some((c) => sameClaim(c, claim))).sort((a, b) => b.appliesOn.localeCompare(a.appliesOn));
}

/**
 * Claims that would have no evidence left if `evidenceId` were deleted: what the delete dialog
 * lists before it asks.
 */
export function claimsLosingSupport(all: readonly Evidence[], evidenceId: string): ClaimRef[] {
  const target = all.find((e) => e.id === evidenceId);
  if (!target) return [];
  const others = all.filter((e) => e.id !== evidenceId);
  return target.claims.filter((claim) => !others.some((e) => e.claims.some((c) => sameClaim(c, claim))));
}

/** The first 8 hex digits of a hash, grouped as printed (e.g. 3F2A-9C01). */
export function hashPrefix(sha256: string): string {
  return `${sha256.slice(0, 4)}-${sha256.slice(4, 8)}`.toUpperCase();
}
