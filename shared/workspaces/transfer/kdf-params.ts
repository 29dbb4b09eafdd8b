/**
 * scrypt parameters of encrypted exports: what new files use, and what an import accepts.
 * Pure, so the reader can refuse a hostile header before any memory is spent deriving a key.
 */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** New files: 2^17 × 8 → 128 MiB and about half a second, a real cost for someone guessing. */
export const exportScrypt: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

/**
 * The most an import may make us spend, counted as 128·N·r·p bytes (memory, and the work it
 * stands for). Twice what we write ourselves; a crafted file asking for gigabytes is refused.
 */
export const maxScryptCostBytes = 256 * 1024 * 1024;

export type KdfProblem = 'kdf_invalid' | 'kdf_too_costly';

const isPowerOfTwo = (n: number) => n >= 2 && Number.isSafeInteger(n) && (n & (n - 1)) === 0;
const isSmallPositive = (n: number, max: number) => Number.isSafeInteger(n) && n >= 1 && n <= max;

/** Why a header's parameters are refused, or null when they are fine to derive with. */
export function kdfProblem({ N, r, p }: ScryptParams): KdfProblem | null {
  // 2^30 is far beyond the bound anyway; the cap keeps `n & (n - 1)` inside 32-bit arithmetic.
  if (!isPowerOfTwo(N) || N < 1024 || N > 2 ** 30) return 'kdf_invalid';
  if (!isSmallPositive(r, 64) || !isSmallPositive(p, 64)) return 'kdf_invalid';
  return 128 * N * r * p > maxScryptCostBytes ? 'kdf_too_costly' : null;
}

/** Node's `maxmem` for these parameters: its own estimate (128·N·r·(p+2)) plus some spare. */
export function scryptMaxmem({ N, r, p }: ScryptParams): number {
  return 128 * N * r * (p + 2) + 16 * 1024 * 1024;
}
