import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { maxCardContacts } from '../../../../shared/contacts/emergency-card';
import { demoContacts } from '../../../../shared/contacts/demo';
import { renderEmergencyCard } from '../../../../electron/features/contacts/emergency-card-pdf';
import type { Contact } from '../../../../shared/contacts/schema';
import { makeTempDir } from '../../../support/temp-dir';
import type { Language } from '../../../../shared/settings/schema';

const today = new Date('2026-11-25T09:00:00+09:00');

async function renderToFile(contacts: Contact[], language: Language, name: string) {
  const { pdf, fit } = await renderEmergencyCard({ company: 'サンプル株式会社', contacts, language, madeOn: '2026年11月25日' });
  const file = path.join(process.env.CARD_OUT_DIR ?? makeTempDir('otasuke-card-'), name);
  fs.writeFileSync(file, pdf);
  return {
    file,
    fit,
    // Content-stream order keeps each table cell together; names may wrap inside a cell.
    text: execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\n/g, ''),
    pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]),
    fonts: execFileSync('pdffonts', [file], { encoding: 'utf8' }),
  };
}

describe('emergency card PDF', () => {
  it('puts the demo company’s names, numbers and contract/policy numbers on one A4 page', async () => {
    const { text, pages, fonts } = await renderToFile(demoContacts(today), 'ja', 'card-ja.pdf');
    expect(pages).toBe(1);
    for (const expected of [
      '緊急連絡カード',
      'まず、これをしてください',
      '電源は切らない',
      'おまもりネット見守りサービス',
      '0120-418-025',
      'OMN-2025-00418',
      '株式会社なにわシステムサービス',
      '090-4821-3370',
      'あんしん損害保険株式会社',
      'CY-7730-2291',
      'IPA 情報セキュリティ安心相談窓口',
      '03-5978-7509',
    ]) {
      expect(text).toContain(expected);
    }
    // The in-house IT person and the police appear although not in the calling order, after it.
    expect(text).toContain('佐藤 花子（IT担当）');
    expect(text).toContain('080-2231-5567');
    expect(text).toContain('最寄りの警察署');
    expect(text).toMatch(/警察[\s\S]*110/);
    expect(text.indexOf('IPA 情報セキュリティ安心相談窓口')).toBeLessThan(text.indexOf('080-2231-5567'));
    expect(text.indexOf('おまもりネット')).toBeLessThan(text.indexOf('なにわシステム'));
    expect(text.indexOf('なにわシステム')).toBeLessThan(text.indexOf('あんしん損害保険'));
    expect(fonts).toMatch(/BIZUDPGothic.*yes\s+yes\s+yes/);
  });

  it('stays on one page with the most contacts and phones it allows, and says how many were left off', async () => {
    const crowded: Contact[] = Array.from({ length: maxCardContacts + 3 }, (_, i) => ({
      id: `crowded-${i}-xx`,
      role: 'other',
      organisation: `とても長い名前の株式会社サンプル情報システムサービス第${i + 1}営業所`,
      person: '担当 山田太郎（システム部 セキュリティ課）',
      phones: [1, 2, 3, 4].map((n) => ({ label: '平日日中・夜間・休日', number: `06-6000-000${n}` })),
      email: '',
      hours: '平日 9:00〜18:00（土日祝・年末年始を除く）',
      contractNumber: `CONTRACT-2026-${i}-ABCDEFGH`,
      notes: '',
      callOrder: i + 1,
      lastCheckedAt: '',
      preset: null,
    }));
    const { pages, text } = await renderToFile(crowded, 'ja', 'card-crowded.pdf');
    expect(pages).toBe(1);
    expect(text).toContain('ほかに 3 件');
  });

  it('takes 10 contacts with 5 long-labelled phones each and a long policy number: every number and label whole, one page', async () => {
    const stress: Contact[] = Array.from({ length: 10 }, (_, i) => ({
      id: `stress-${i}-xx`,
      role: i === 9 ? 'police' : 'other',
      organisation: `サンプル情報サービス${i + 1}`,
      person: '山田 太郎（システム課）',
      phones: [1, 2, 3, 4, 5].map((n) => ({ label: `夜間・休日の緊急受付${n}`, number: `0${i}-6${n}00-00${i}${n}` })),
      email: '',
      hours: '',
      contractNumber: `CYB-2026-${i}-0000-1111-2222-3333-ABCD`,
      notes: '',
      callOrder: i + 1,
      lastCheckedAt: '',
      preset: null,
    }));
    const inHouse: Contact = { ...stress[0]!, id: 'stress-in-house', role: 'internal', organisation: 'サンプル株式会社', person: '佐藤 花子（IT担当）', phones: [{ label: '携帯', number: '080-2231-5567' }], contractNumber: '', hours: '', callOrder: null };
    const { pages, text, fit } = await renderToFile([...stress, inHouse], 'ja', 'card-stress.pdf');
    expect(pages).toBe(1);
    expect(fit.contacts).toBe(10);
    expect(text).not.toContain('ほかに');
    for (const c of [...stress, inHouse]) {
      for (const phone of c.phones) {
        expect(text).toContain(phone.number);
        expect(text).toContain(phone.label);
      }
      if (c.contractNumber) expect(text.replace(/\s/g, '')).toContain(c.contractNumber.replace(/\s/g, ''));
    }
    expect(text).not.toContain('…');
  });

  it('shows all 10 contacts with every phone when each has up to three', async () => {
    const ten: Contact[] = Array.from({ length: 10 }, (_, i) => ({
      id: `ten-${i}-xxxx`, role: 'other', organisation: `株式会社なにわシステムサービス${i + 1}`, person: '中村 健一',
      phones: [1, 2, 3].slice(0, 1 + (i % 3)).map((n) => ({ label: `夜間・休日の緊急受付${n}`, number: `06-69${i}${n}-27${i}${n}` })),
      email: '', hours: '平日 9:00〜18:00', contractNumber: `保守契約 NSS-2026-${i}-00118822-XYZ`, notes: '', callOrder: i + 1, lastCheckedAt: '', preset: null,
    }));
    const { pages, text, fit } = await renderToFile(ten, 'ja', 'card-ten.pdf');
    expect(pages).toBe(1);
    expect(fit.contacts).toBe(10);
    expect(text).not.toContain('ほかに');
    for (const c of ten) {
      for (const phone of c.phones) expect(text).toContain(phone.number);
      expect(text.replace(/\s/g, '')).toContain(c.contractNumber.replace(/\s/g, ''));
    }
  });

  it('is written in English when asked', async () => {
    const { text, pages } = await renderToFile(demoContacts(today), 'en', 'card-en.pdf');
    expect(pages).toBe(1);
    expect(text).toContain('Who to call, in order');
    expect(text).toContain('CY-7730-2291');
  });
});
