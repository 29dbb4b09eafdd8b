import { describe, expect, it } from 'vitest';
import { parseJsonSafely, SafeJsonError, type JsonLimits } from '../../../../shared/workspaces/transfer/safe-json';

const limits: JsonLimits = { maxDepth: 32, maxKeys: 100, maxStringLength: 50 };

function problemOf(text: string, l: JsonLimits = limits): string {
  try {
    parseJsonSafely(text, l);
    return 'parsed';
  } catch (error) {
    return error instanceof SafeJsonError ? error.problem : 'other';
  }
}

describe('parseJsonSafely', () => {
  it('parses ordinary JSON, including braces and quotes inside strings', () => {
    expect(parseJsonSafely('{"a":[1,{"b":"x{[\\"]}"}],"c":null}', limits)).toEqual({ a: [1, { b: 'x{["]}' }], c: null });
  });

  it('refuses 10,000-deep nesting before JSON.parse builds anything', () => {
    expect(problemOf('['.repeat(10_000) + ']'.repeat(10_000))).toBe('too_deep');
    expect(problemOf('{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000))).toBe('too_deep');
  });

  it.each(['__proto__', 'constructor', 'prototype', '\\u005f_proto__', 'constr\\u0075ctor'])('refuses the key %s', (key) => {
    expect(problemOf(`{"ok":1,"nested":{"${key}":{"polluted":true}}}`)).toBe('forbidden_key');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('allows those words as values, where they are harmless', () => {
    expect(parseJsonSafely('{"note":"__proto__ constructor"}', limits)).toEqual({ note: '__proto__ constructor' });
  });

  it('refuses huge strings and too many keys', () => {
    expect(problemOf(JSON.stringify({ a: 'x'.repeat(51) }))).toBe('string_too_long');
    expect(problemOf(JSON.stringify(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i]))))).toBe('too_many_keys');
  });

  it('reports text that is not JSON or is cut off', () => {
    expect(problemOf('hello')).toBe('not_json');
    expect(problemOf('{"a":"unterminated')).toBe('not_json');
    expect(problemOf('{"a":1')).toBe('not_json');
  });
});
