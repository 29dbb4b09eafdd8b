/**
 * How often each routine comes round, in months after it was last done. Written down once so
 * the calendar, its .ics export, the tests and the help text agree.
 *
 * - Self-check, training, incident drill, reviews: yearly. IPA's self-check and SECURITY ACTION
 *   are yearly habits; SCS ★3 asks for yearly training and reviews (research-2026 §1.1.4).
 * - Restore test: every 6 months. SCS ★3 wants a restore procedure per backup (4-3-4-3) and
 *   insurers ask when a restore was last tested (some want the last 90 days, §3.2); twice a
 *   year is what a small shop can keep up, and the home panel shows it months ahead.
 * - A restore test that failed or only partly worked is due again within 1 month: the backup
 *   is not yet proven, so the fix has to be tried.
 * - Admin accounts: yearly. Who holds administrator rights drifts as staff and contractors
 *   come and go; SCS ★3 asks for privileged IDs to be managed and looked at again.
 * - Devices' update checks are not here: the device register's own "recent" rule (45 days,
 *   registers/facts.ts) sets them, so the calendar and the register's flags agree.
 */
export const cadenceMonths = {
  selfCheck: 12,
  training: 12,
  drill: 12,
  review: 12,
  restoreTest: 6,
  restoreRetry: 1,
  adminReview: 12,
} as const;

/** How far ahead the calendar page and the .ics file look. */
export const horizonMonths = 12;
