import fc from 'fast-check';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { apiContract } from '../../../../shared/api/contract';
import { listChannels } from '../../../../shared/api/endpoint';
import { apiErrorCodes, isApiResult } from '../../../../shared/api/result';
import { safeParse } from '../../../../electron/services/dispatch';
import { createInProcessApi } from '../../../support/in-process-api';
import { fingerprintFiles, snapshotFiles } from '../../../support/file-snapshot';

/**
 * Every channel of the contract (discovered, so features merged later are covered too) gets
 * random and malformed payloads through the real dispatch and stores on a temp folder. Runs per
 * channel: FUZZ_RUNS, default 1,000; `npm run test:long` raises it.
 */
const runsPerChannel = Math.max(1000, Number(process.env.FUZZ_RUNS ?? 1000));
const channels = listChannels(apiContract);

/** Values that break naive code: huge, odd, prototype-polluting, not JSON at all. */
const nasty = fc.constantFrom<unknown>(
  null, undefined, '', ' ', 0, -1, -0, 1e308, NaN, Infinity, -Infinity, true, false, [], {},
  '__proto__', 'constructor', '../../etc/passwd', '\u0000', '\u202e', '𠮷野家', 'x'.repeat(100_000),
  { __proto__: { polluted: true } }, JSON.parse('{"__proto__":{"polluted":true}}'), { constructor: { prototype: { polluted: true } } },
  [1, 2, 3], new Date(0), '2026-02-30', '9999-99-99', 2 ** 53, Number.MIN_SAFE_INTEGER,
);

/** A value of any shape, weighted towards the nasty ones. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true }) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: nasty },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }) },
);

/** Objects using the schema's own field names (one level down too), so validation goes deep. */
function nearValid(schema: z.ZodType): fc.Arbitrary<unknown> {
  const shape = schema instanceof z.ZodObject ? (schema.shape as Record<string, z.ZodType>) : null;
  if (!shape || Object.keys(shape).length === 0) return fc.dictionary(fc.string({ maxLength: 12 }), anyValue, { maxKeys: 4 });
  const field = (inner: z.ZodType) => {
    const innerShape = inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : null;
    return innerShape && Object.keys(innerShape).length
      ? fc.oneof(anyValue, fc.record(Object.fromEntries(Object.keys(innerShape).map((k) => [k, anyValue])), { requiredKeys: [] }))
      : anyValue;
  };
  const record = fc.record(Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, field(v)])), { requiredKeys: [] });
  return fc.oneof(record, fc.tuple(record, fc.dictionary(fc.string({ maxLength: 8 }), anyValue, { maxKeys: 2 })).map(([a, b]) => ({ ...b, ...a })));
}

describe('API fuzzing through the real dispatch', () => {
  it('covers every channel of the contract', () => {
    expect(channels.length).toBeGreaterThanOrEqual(10);
  });

  it('rejects an object zod itself throws on (found by fuzzing: null-prototype object in a text field)', async () => {
    const { dispatch } = createInProcessApi();
    await dispatch('workspaces:create', { name: 'ファズ商店' });
    const payload = { title: 'x', discoveredAt: '2026-11-20', reportedBy: { length: Object.create(null) as object } };
    expect(await dispatch('incidents:create', payload)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
  });

  for (const { channel, endpoint } of channels) {
    it(`${channel}: ${runsPerChannel} random payloads never crash, invalid ones are rejected, rejected ones write nothing`, async () => {
      // A fresh data folder with the demo company, so handlers have data to touch; renewed every
      // 250 calls so channels that create things (createDemo) do not grow it without bound.
      const fresh = async () => {
        const api = createInProcessApi();
        expect((await api.dispatch('workspaces:createDemo', {})).ok).toBe(true);
        return api;
      };
      let { dispatch, dataDir } = await fresh();
      let calls = 0;
      let invalidSeen = 0;
      await fc.assert(
        fc.asyncProperty(fc.oneof(anyValue, nearValid(endpoint.request)), async (payload) => {
          if (++calls % 250 === 0) ({ dispatch, dataDir } = await fresh());
          const before = fingerprintFiles(dataDir);
          const valid = safeParse(endpoint.request, payload ?? {}).success;
          let result: unknown;
          try {
            result = await dispatch(channel, payload);
          } catch (error) {
            throw new Error(`dispatch threw for ${channel}: ${String(error)}`);
          }
          expect(isApiResult(result)).toBe(true);
          const r = result as { ok: boolean; error?: { code: string } };
          if (!valid) {
            invalidSeen += 1;
            expect(r).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
          }
          if (!r.ok) {
            expect(apiErrorCodes).toContain(r.error!.code);
            // A handler that blew up is a bug even when the payload was valid.
            expect(r.error!.code).not.toBe('internal');
            expect(fingerprintFiles(dataDir)).toEqual(before);
          }
          // Nothing leaked onto Object.prototype from a __proto__ payload.
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        }),
        { numRuns: runsPerChannel },
      );
      expect(invalidSeen).toBeGreaterThan(runsPerChannel / 2);
      // And a byte-for-byte check that the stores still hold exactly what they held: rejected
      // calls ran last on an unchanged folder, so one more rejected call must leave every byte.
      const bytes = snapshotFiles(dataDir);
      expect((await dispatch(channel, { __fuzz_unknown_field__: [1, { x: null }] })).ok).toBe(false);
      expect(snapshotFiles(dataDir)).toEqual(bytes);
    }, 600_000);
  }
});
