import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldIssueMessage, type FieldIssue, type FieldText } from '../../../../shared/i18n/field-issue';
import { resources } from '../../../../shared/i18n/resources';
import { companyProfileSchema } from '../../../../shared/profile/schema';
import { longText } from '../../../../shared/schemas/common';

/** A tiny i18n lookup over our real resources, as the renderer's i18next does. */
function textFor(language: 'ja' | 'en'): FieldText {
  const lookup = (key: string): unknown => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources[language].errors);
  return {
    t: (key, params = {}) => String(lookup(key)).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name])),
    exists: (key) => typeof lookup(key) === 'string',
    count: (value) => value.toLocaleString(language === 'en' ? 'en-US' : 'ja-JP'),
  };
}

function messagesOf(schema: z.ZodType, value: unknown, language: 'ja' | 'en' = 'ja'): string[] {
  const parsed = schema.safeParse(value, { error: (issue) => fieldIssueMessage(issue as unknown as FieldIssue, textFor(language)) });
  return parsed.success ? [] : parsed.error.issues.map((issue) => issue.message);
}

const library = /expected|too small|too big|number|string|無効な入力|小さすぎる値|大きすぎる値|undefined/i;

describe('field messages in our own words', () => {
  it('names the limit and the current length of a long text', () => {
    expect(messagesOf(longText, 'あ'.repeat(5234))).toEqual(['5,000文字以内で入力してください（いま5,234文字）。']);
    expect(messagesOf(longText, 'a'.repeat(5234), 'en')).toEqual(['Please use at most 5,000 characters (now 5,234).']);
  });

  it('says which count must be whole, and the minimum of a negative one', () => {
    const people = (value: unknown) => ({ name: '山田商店', personalData: { approxPeople: value } });
    expect(messagesOf(companyProfileSchema, people(1.5))).toEqual(['人数は整数で入力してください（小数点なし）。']);
    expect(messagesOf(companyProfileSchema, people(-3))).toEqual(['人数は0以上の数で入力してください。']);
    expect(messagesOf(companyProfileSchema, { name: '山田商店', employees: 200_000 })).toEqual(['従業員数は100,000以下の数で入力してください。']);
    expect(messagesOf(z.number().min(0), -1)).toEqual(['0以上の数を入力してください。']);
  });

  it('asks for the missing value, a real date, a choice', () => {
    expect(messagesOf(z.object({ a: z.string() }), {})).toEqual(['入力してください。']);
    expect(messagesOf(z.iso.date(), '2026-02-30')).toEqual(['日付を正しく入力してください（例：2026年12月2日、2026/12/2）。']);
    expect(messagesOf(z.enum(['a', 'b']), 'c', 'en')).toEqual(['Please choose one of the options.']);
    expect(messagesOf(z.number(), Number.NaN)).toEqual(['数字で入力してください。']);
  });

  it('never passes library wording through, whatever the issue', () => {
    const cases: [z.ZodType, unknown][] = [
      [z.string().min(3), 'a'], [z.array(z.string()).max(1), ['a', 'b']], [z.string().regex(/x/), 'y'],
      [z.object({}).strict(), { a: 1 }], [z.number().multipleOf(5), 3], [z.string().email(), 'x'], [z.boolean(), 'x'],
    ];
    for (const language of ['ja', 'en'] as const) {
      for (const [schema, value] of cases) {
        const messages = messagesOf(schema, value, language);
        expect(messages.length).toBeGreaterThan(0);
        for (const message of messages) expect(message).not.toMatch(library);
      }
    }
  });
});
