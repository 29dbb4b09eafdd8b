import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPhone, normaliseWidth } from '../../../../shared/contacts/phone';
import { contactInputSchema } from '../../../../shared/contacts/schema';

describe('phone numbers', () => {
  it('turns full-width digits and IME dashes into the half-width form', () => {
    expect(normaliseWidth('０３－５９７８－７５０９')).toBe('03-5978-7509');
    expect(normaliseWidth('０３ー５９７８ー７５０９')).toBe('03-5978-7509');
    expect(normaliseWidth('（０６）６１２３ー４５６７')).toBe('(06)6123-4567');
    // A long-vowel mark inside words is left alone.
    expect(normaliseWidth('サービスセンター')).toBe('サービスセンター');
  });

  it('leaves half-width text unchanged (normalising twice is normalising once)', () => {
    fc.assert(fc.property(fc.string(), (s) => normaliseWidth(normaliseWidth(s)) === normaliseWidth(s)));
  });

  it('accepts Japanese numbers with or without hyphens, and short emergency numbers', () => {
    for (const ok of ['03-5978-7509', '0359787509', '０３５９７８７５０９', '090-4821-3370', '0120-418-025', '110', '+81 3-5978-7509', '06-6943-2750 内線12']) {
      expect(checkPhone(ok), ok).toBe('ok');
    }
  });

  it('flags numbers that cannot be dialled in Japan', () => {
    for (const odd of ['12345', '03-1234', '090-1234-567890', 'abc']) {
      expect(checkPhone(odd), odd).toBe('unlikely');
    }
  });

  it('the shared schema stores half-width numbers and refuses a malformed email with our own key', () => {
    const parsed = contactInputSchema.parse({ role: 'itVendor', organisation: 'A社', phones: [{ label: '', number: '０６－６１２３－４５６７' }], email: 'ｉｎｆｏ＠example.jp' });
    expect(parsed.phones[0]!.number).toBe('06-6123-4567');
    expect(parsed.email).toBe('info@example.jp');
    const bad = contactInputSchema.safeParse({ role: 'itVendor', organisation: 'A社', email: 'info@' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.message).toBe('invalid_email');
  });

  it('bounds long text instead of storing it', () => {
    const long = contactInputSchema.safeParse({ role: 'other', organisation: 'あ'.repeat(201) });
    expect(long.success).toBe(false);
    const notes = contactInputSchema.safeParse({ role: 'other', organisation: 'A', notes: 'あ'.repeat(5001) });
    expect(notes.success).toBe(false);
  });
});
