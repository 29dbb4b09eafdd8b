import { suppressed, type CompanyFacts } from './facts';

/** The default smallest group: a company is never alone with fewer than 4 others like it. */
export const defaultK = 5;

type Quasi = 'prefecture' | 'industry' | 'size_band';
/** What is given up first: the prefecture, then the industry, then the size band. */
const ladder: Quasi[] = ['prefecture', 'industry', 'size_band'];

const keyOf = (row: CompanyFacts, columns: Quasi[]) => columns.map((c) => row[c]).join('\u0000');

/**
 * k-anonymity by suppression: companies whose combination of prefecture, industry and size
 * band is shared by fewer than `k` companies lose their prefecture (`*`); those still in a group
 * under `k` lose their industry, then their size band. Rows still alone after that (fewer than
 * `k` companies in the whole file) are left out: a file of 3 companies says nothing about them.
 */
export function suppressSmallGroups(rows: readonly CompanyFacts[], k = defaultK): CompanyFacts[] {
  let out = rows.map((row) => ({ ...row }));
  for (let step = 0; step <= ladder.length; step += 1) {
    const counts = new Map<string, number>();
    for (const row of out) counts.set(keyOf(row, ladder), (counts.get(keyOf(row, ladder)) ?? 0) + 1);
    const small = out.filter((row) => counts.get(keyOf(row, ladder))! < k);
    if (small.length === 0) return out;
    if (step === ladder.length) {
      const smallSet = new Set(small);
      out = out.filter((row) => !smallSet.has(row));
      return out;
    }
    for (const row of small) row[ladder[step]!] = suppressed as never;
  }
  return out;
}

/** A count shown in a report: below `k` (but above 0) it is shown as "< k", never the number. */
export function reportCell(count: number, k = defaultK): number | string {
  return count > 0 && count < k ? `<${k}` : count;
}
