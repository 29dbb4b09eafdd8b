import { describe, expect, it } from 'vitest';
import { summaryFingerprint } from '../../../../electron/features/summary/fingerprint';
import { shortFingerprint } from '../../../../shared/fingerprint/short-form';
import type { SummaryInput } from '../../../../shared/summary/input';
import { fullSummaryInput } from '../../../fixtures/summary-input';
import { createInProcessApi } from '../../../support/in-process-api';

/** The same object with every key order reversed, as another serialiser might produce it. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
  }
  return value;
}

describe('summary fingerprint', () => {
  it('is a SHA-256 hex digest that does not depend on key order', () => {
    const input = fullSummaryInput();
    const hash = summaryFingerprint(input);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(summaryFingerprint(reverseKeys(input) as SummaryInput)).toBe(hash);
    expect(summaryFingerprint(fullSummaryInput())).toBe(hash);
  });

  it('changes when anything that could be printed changes', () => {
    const base = summaryFingerprint(fullSummaryInput());
    const changes: ((input: SummaryInput) => void)[] = [
      (i) => (i.profile.name = 'サンプル株式会社 '),
      (i) => (i.incidents![0]!.totalCostYen += 1),
      (i) => (i.contacts![1]!.phones[0]!.number = '06-6123-4568'),
      (i) => (i.selfCheck!.total = 59),
      (i) => (i.actions = null),
      (i) => i.incidents!.reverse(),
    ];
    const seen = new Set([base]);
    for (const change of changes) {
      const input = fullSummaryInput();
      change(input);
      const hash = summaryFingerprint(input);
      expect(seen.has(hash)).toBe(false);
      seen.add(hash);
    }
  });

  it('is of the data, not of the language: the Japanese and the English summary carry the same one', async () => {
    const { api } = createInProcessApi();
    await api.workspaces.createDemo();
    const ja = await api.summary.generate({ audience: 'provider', language: 'ja' });
    const en = await api.summary.generate({ audience: 'provider', language: 'en' });
    expect(en.fingerprint).toBe(ja.fingerprint);
    expect((await api.summary.fingerprint({ language: 'en' })).short).toBe(ja.fingerprint);
  }, 60_000);

  it('prints as 16 hex digits in groups of four', () => {
    expect(shortFingerprint('0123456789abcdef0123')).toBe('0123-4567-89AB-CDEF');
  });

  it('reads the same way wherever a person sees one: summary, its PDF, export check code, emergency card', async () => {
    const { api } = createInProcessApi();
    await api.workspaces.createDemo();
    const oneForm = /^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/;
    const summary = await api.summary.fingerprint({ language: 'ja' });
    expect(summary.short).toMatch(oneForm);
    expect((await api.summary.generate({ audience: 'provider', language: 'ja' })).fingerprint).toBe(summary.short);
    expect((await api.workspaces.exportFile({})).fingerprint).toMatch(oneForm);
    expect((await api.contacts.emergencyCard({ language: 'ja' })).fingerprint).toMatch(oneForm);
  }, 60_000);
});
