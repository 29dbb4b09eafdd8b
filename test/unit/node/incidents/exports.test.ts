import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { demoIncidents } from '../../../../shared/incidents/demo';
import { incidentSchema, type Incident } from '../../../../shared/incidents/schema';
import { csvColumns, incidentsToCsv, safeCell } from '../../../../shared/incidents/csv';
import { toVeris } from '../../../../shared/incidents/veris';
import { verisActionRequired, verisEnums, verisRequired } from '../../../../shared/incidents/veris-enums';
import { toSummaryIncidents } from '../../../../shared/incidents/summary-part';

const now = new Date('2026-11-25T09:00:00Z');
const demo = demoIncidents(now);
const labels = { headers: Object.fromEntries(csvColumns.map((c) => [c, c])) as Record<(typeof csvColumns)[number], string>, value: (_c: string, v: string) => v };

describe('CSV for Japanese Excel', () => {
  const hostile: Incident = incidentSchema.parse({
    ...demo[2],
    id: 'hostile-1',
    title: '=HYPERLINK("http://evil.example","請求書")',
    description: '+1 で "引用" と\n改行',
    cause: '@SUM(A1)',
    recovery: '-2',
  });
  const csv = incidentsToCsv([hostile, ...demo], '2026-11-25', labels);

  it('starts with a UTF-8 BOM and uses CRLF line ends', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.split('\r\n').length).toBeGreaterThan(demo.length);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });
  it('keeps quotes, newlines and Japanese intact when read back', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(demo.length + 2);
    const row = parsed[1]!;
    expect(row[csvColumns.indexOf('description')]).toBe("'+1 で \"引用\" と\n改行");
    expect(parsed[2]![csvColumns.indexOf('title')]).toBe('受注管理パソコンがランサムウェアに感染');
  });
  it('defuses every cell that Excel would run as a formula', () => {
    const parsed = Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
    for (const row of parsed) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(safeCell('=1+1')).toBe("'=1+1");
    expect(safeCell('\tx')).toBe("'\tx");
    expect(safeCell('普通の文')).toBe('普通の文');
  });
});

describe('VERIS 1.4 JSON', () => {
  /** Walks the output and checks each enumerated field against the VERIS lists we copied. */
  function enumeratedValues(veris: Record<string, unknown>): [string, unknown][] {
    const found: [string, unknown][] = [];
    const walk = (value: unknown, path: string) => {
      if (Array.isArray(value)) value.forEach((v) => walk(v, path));
      else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
      else found.push([path, value]);
    };
    walk(veris, '');
    return found;
  }
  const enumPath = (path: string) => path.replace(/^(timeline)\.\w+\.unit$/, 'timeline.unit');
  const everyCategory = (['malware', 'phishing', 'unauthorisedAccess', 'credentialTheft', 'dataLeak', 'lostDevice', 'misdelivery', 'defacement', 'outage', 'fraud', 'mistake', 'other'] as const).map(
    (category) => incidentSchema.parse({ ...demo[0], category, detection: '' }),
  );

  it.each([...demo, ...everyCategory].map((i) => [i.title + i.category, i] as const))('%s has the required fields and only VERIS values', (_n, incident) => {
    const veris = toVeris(incident, { includeText: false, employees: 12 });
    for (const key of verisRequired) expect(veris).toHaveProperty(key);
    for (const category of Object.keys(veris.action as Record<string, Record<string, unknown>>)) {
      for (const field of verisActionRequired[category]!) expect((veris.action as Record<string, Record<string, unknown>>)[category]).toHaveProperty(field);
    }
    expect((veris.timeline as { incident: { year: number } }).incident.year).toBeGreaterThan(2000);
    for (const [path, value] of enumeratedValues(veris)) {
      const key = enumPath(path) as keyof typeof verisEnums;
      if (key in verisEnums) expect(verisEnums[key] as readonly unknown[], path).toContain(value);
    }
  });
  it('leaves out names and free text unless chosen', () => {
    const [ransomware] = demo;
    const plain = JSON.stringify(toVeris(ransomware!, { includeText: false, employees: 12 }));
    for (const secret of ['佐藤', '山田', ransomware!.description, ransomware!.title, 'おまもりネット']) expect(plain).not.toContain(secret);
    const withText = toVeris(ransomware!, { includeText: true, employees: 12 });
    expect(withText.summary).toContain('身代金');
    expect(JSON.stringify(withText)).not.toContain('佐藤');
  });
  it('records the discovery delay, costs in yen and the disclosure of personal data', () => {
    const veris = toVeris(demo[0]!, { includeText: false, employees: 12 }) as Record<string, Record<string, unknown>>;
    expect(veris.impact).toMatchObject({ iso_currency_code: 'JPY', overall_amount: 263000 });
    expect(veris.attribute!.confidentiality).toMatchObject({ data_disclosure: 'Potentially', data: [{ variety: 'Personal', amount: 1800 }] });
    expect(veris.victim).toEqual({ employee_count: '11 to 100', country: ['JP'] });
  });
});

describe('summary part', () => {
  it('gives reporting state, costs, and keeps text and people apart', () => {
    const [ransomware] = toSummaryIncidents(demo, '2026-11-25', 'ja');
    expect(ransomware).toMatchObject({
      title: '受注管理パソコンがランサムウェアに感染',
      category: 'ウイルス・ランサムウェア',
      status: '被害拡大を止めた',
      totalCostYen: 263000,
      reporting: { status: 'preliminaryDue', preliminaryDue: '2026-11-28', finalDue: '2027-01-22', preliminarySentAt: '' },
    });
    expect(ransomware!.people).toEqual(['佐藤 花子', '山田 太郎']);
    expect(ransomware!.summaryText).toContain('身代金');
    expect(ransomware!.summaryText).not.toContain('佐藤');
    const english = toSummaryIncidents(demo, '2026-11-25', 'en');
    expect(english.map((i) => i.reporting.status)).toEqual(['preliminaryDue', 'notRequired', 'notRequired']);
    expect(english[0]!.severity).toBe('Critical');
  });
});
