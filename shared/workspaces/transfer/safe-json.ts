/**
 * A JSON parser for files that come from outside (imports, snapshots). Before JSON.parse builds a
 * single object, one linear scan checks nesting depth, key count, string length and refuses the
 * keys that could reach an object's prototype. JSON.parse then runs with a reviver that refuses
 * those keys again, so no path around the scan exists.
 */
export interface JsonLimits {
  maxDepth: number;
  maxKeys: number;
  maxStringLength: number;
}

export type SafeJsonProblem = 'not_json' | 'too_deep' | 'too_many_keys' | 'string_too_long' | 'forbidden_key';

export class SafeJsonError extends Error {
  constructor(readonly problem: SafeJsonProblem) {
    super(problem);
    this.name = 'SafeJsonError';
  }
}

export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function scan(text: string, limits: JsonLimits): void {
  let depth = 0;
  let keys = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      const start = i;
      i += 1;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i += 2;
        else if (d === 0x22) break;
        else i += 1;
      }
      if (i >= n) throw new SafeJsonError('not_json');
      // Length of the raw literal bounds the decoded length from above.
      if (i - start - 1 > limits.maxStringLength) throw new SafeJsonError('string_too_long');
      const end = i;
      i += 1;
      let j = i;
      while (j < n && (text[j] === ' ' || text[j] === '\n' || text[j] === '\r' || text[j] === '\t')) j += 1;
      if (text[j] === ':') {
        keys += 1;
        if (keys > limits.maxKeys) throw new SafeJsonError('too_many_keys');
        let key: unknown;
        try {
          key = JSON.parse(text.slice(start, end + 1));
        } catch {
          throw new SafeJsonError('not_json');
        }
        if (forbiddenKeys.has(key as string)) throw new SafeJsonError('forbidden_key');
      }
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      depth += 1;
      if (depth > limits.maxDepth) throw new SafeJsonError('too_deep');
    } else if (c === 0x7d || c === 0x5d) {
      depth -= 1;
    }
    i += 1;
  }
}

export function parseJsonSafely(text: string, limits: JsonLimits): unknown {
  scan(text, limits);
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (forbiddenKeys.has(key)) throw new SafeJsonError('forbidden_key');
      return value;
    });
  } catch (error) {
    if (error instanceof SafeJsonError) throw error;
    throw new SafeJsonError('not_json');
  }
}
