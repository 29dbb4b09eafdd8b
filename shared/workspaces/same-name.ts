/**
 * Two company names a supporter would mix up: equal once full-width and half-width forms, case,
 * spaces and the usual abbreviations of the company type (㈱, (株)) are set aside.
 */
export function companyNameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\(株\)|株式会社/g, '株式会社')
    .replace(/\(有\)|有限会社/g, '有限会社')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** The first other company (not `exceptId`) whose name would be mixed up with `name`. */
export function sameNamedCompany<T extends { id: string; name: string }>(companies: readonly T[], name: string, exceptId?: string): T | null {
  const key = companyNameKey(name);
  if (!key) return null;
  return companies.find((c) => c.id !== exceptId && companyNameKey(c.name) === key) ?? null;
}
