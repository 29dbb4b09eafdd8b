import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { defaultNamespace, resources } from '../../../../shared/i18n/resources';

/** Every leaf of a namespace as [dotted key, text]. */
function leaves(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => leaves(inner, prefix ? `${prefix}.${key}` : key));
}

/** The app's own i18next set-up (resources, fallback), in a separate instance. */
function translator(language: 'ja' | 'en') {
  const instance = i18next.createInstance();
  void instance.init({ resources, lng: language, fallbackLng: 'ja', defaultNS: defaultNamespace, ns: Object.keys(resources.ja), interpolation: { escapeValue: false }, initAsync: false });
  return instance;
}

const english = Object.entries(resources.en).flatMap(([ns, text]) => leaves(text).map(([key, value]) => [ns, key, value] as const));

describe('English counts agree with their nouns', () => {
  const en = translator('en');
  const ja = translator('ja');
  const singulars = english.filter(([, key]) => key.endsWith('_one'));

  it('has singular forms for the counted texts the app shows', () => {
    expect(singulars.length).toBeGreaterThanOrEqual(30);
  });

  it.each(singulars.map(([ns, key]) => [`${ns}:${key.replace(/_one$/, '')}`]))('%s: one is singular, two is plural', (key) => {
    const values = { names: 'PC-1', date: '2 December 2026', total: 3, late: 1, open: 1 };
    const one = en.t(key, { ...values, count: 1 });
    const two = en.t(key, { ...values, count: 2 });
    expect(one).not.toBe(two);
    expect(one).not.toMatch(/\b1 \w+s\b(?! ago)/);
    expect(two).not.toContain('{{');
  });

  it('a singular key has its plural beside it, and Japanese has no such key (one form for any count)', () => {
    for (const [ns, key] of singulars) {
      const base = key.replace(/_one$/, '');
      expect(english.some(([n, k]) => n === ns && k === base), `${ns}:${base}`).toBe(true);
      expect(ja.exists(`${ns}:${key}`), `${ns}:${key}`).toBe(false);
      expect(ja.t(`${ns}:${base}`, { count: 1 })).toBe(ja.t(`${ns}:${base}`, { count: 2 }).replace(/2/g, '1'));
    }
  });

  it('no English text hedges with “(s)”', () => {
    expect(english.filter(([, , value]) => value.includes('(s)')).map(([ns, key]) => `${ns}:${key}`)).toEqual([]);
  });
});
