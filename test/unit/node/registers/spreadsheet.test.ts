import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createInProcessApi } from '../../../support/in-process-api';
import { snapshotFiles } from '../../../support/file-snapshot';

async function company() {
  const app = createInProcessApi({ now: () => new Date('2026-12-07T03:00:00Z') });
  await app.api.workspaces.create({ name: 'やまだ商店' });
  return app;
}

const toBase64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

async function workbookOf(base64: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(base64, 'base64') as unknown as ArrayBuffer);
  return workbook;
}

describe('register spreadsheets', () => {
  it('writes an .xlsx with Japanese headers and labels, a formula-looking name guarded, and reads it back unchanged', async () => {
    const app = await company();
    await app.api.registers.save({ register: 'devices', entry: { name: '=HYPERLINK("http://x","受付PC")', deviceType: 'phone', updateCheckedOn: '2026-12-01', support: 'endOfLife' } });
    const file = await app.api.registers.exportFile({ register: 'devices', format: 'xlsx', language: 'ja' });
    expect(file.fileName).toMatch(/^register-devices-2026-12-07\.xlsx$/);
    const sheet = (await workbookOf(file.base64)).worksheets[0]!;
    expect(sheet.name).toBe('パソコン・機器');
    expect(sheet.getRow(1).values).toEqual(expect.arrayContaining(['ID', '呼び名', '種類', '更新を確認した日', 'メーカーのサポート']));
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    expect(row).toEqual(expect.arrayContaining(['\'=HYPERLINK("http://x","受付PC")', 'スマホ', '2026-12-01', 'サポート終了']));
    expect(row.some((cell) => typeof cell === 'object' && cell !== null && 'formula' in cell)).toBe(false);

    const preview = await app.api.registers.importPreview({ register: 'devices', fileName: file.fileName, base64: file.base64 });
    expect(preview).toMatchObject({ toAdd: 0, toUpdate: 0, unchanged: 1, errors: [], duplicates: [], ignored: [] });
  });

  it('writes CSV for Excel: BOM, CRLF, every risky cell prefixed with an apostrophe', async () => {
    const app = await company();
    await app.api.registers.save({ register: 'cloud', entry: { name: '+cmd|calc', contact: '@SUM(1)', note: '-1' } });
    const file = await app.api.registers.exportFile({ register: 'cloud', format: 'csv', language: 'en' });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(text.startsWith('\uFEFF"ID","Service"')).toBe(true);
    expect(text).toContain('"\'+cmd|calc"');
    expect(text).toContain('"\'@SUM(1)"');
    expect(text).toContain('"\'-1"');
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('previews a CSV row by row, reports bad rows and duplicates, and writes nothing until confirmed', async () => {
    const app = await company();
    const before = snapshotFiles(app.dataDir);
    const csv = [
      '呼び名,種類,OS,更新を確認した日,メーカーのサポート,色',
      '受付PC,パソコン,Windows 11,2026/12/1,サポート中,白',
      '経理PC,パソコン,=1+1,2027-01-01,サポート中,黒',
      '倉庫PC,冷蔵庫,Windows 10,2026-11-01,サポート終了,',
      '受付PC,パソコン,Windows 11,2026-12-01,サポート中,白',
      ',パソコン,,,,',
    ].join('\r\n');
    const preview = await app.api.registers.importPreview({ register: 'devices', fileName: 'devices.csv', base64: toBase64(csv) });
    expect(preview.toAdd).toBe(1);
    expect(preview.ignored).toEqual(['色']);
    expect(preview.errors).toEqual([
      { row: 3, field: 'updateCheckedOn', code: 'future_date' },
      { row: 4, field: 'deviceType', code: 'invalid_choice', choices: 'deviceTypes' },
      { row: 6, field: 'name', code: 'required' },
    ]);
    expect(preview.duplicates).toEqual([{ row: 5, sameAsRow: 2 }]);
    expect(snapshotFiles(app.dataDir)).toEqual(before);

    expect(await app.api.registers.importCommit({ token: preview.token })).toEqual({ added: 1, updated: 0 });
    expect((await app.api.registers.all()).devices).toEqual([expect.objectContaining({ name: '受付PC', updateCheckedOn: '2026-12-01', os: 'Windows 11' })]);
    await expect(app.api.registers.importCommit({ token: preview.token })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('reads a CSV saved by older Japanese Excel in Shift_JIS', async () => {
    const app = await company();
    // 呼び名 / 受付PC in Shift_JIS bytes.
    const sjis = Buffer.from([0x8c, 0xc4, 0x82, 0xd1, 0x96, 0xbc, 0x0d, 0x0a, 0x8e, 0xf3, 0x95, 0x74, 0x50, 0x43, 0x0d, 0x0a]);
    const preview = await app.api.registers.importPreview({ register: 'devices', fileName: 'old.csv', base64: sjis.toString('base64') });
    await app.api.registers.importCommit({ token: preview.token });
    expect((await app.api.registers.all()).devices[0]).toMatchObject({ name: '受付PC' });
  });

  it("keeps a formula typed in a CSV cell as text, never its result", async () => {
    const app = await company();
    const preview = await app.api.registers.importPreview({ register: 'networks', fileName: 'n.csv', base64: toBase64('Name,Purpose\r\nOffice,=1+1\r\n') });
    await app.api.registers.importCommit({ token: preview.token });
    expect((await app.api.registers.all()).networks[0]).toMatchObject({ name: 'Office', purpose: '=1+1' });
  });

  it("reads IPA's 情報資産管理台帳 (titles above, a two-row header) into the important-information register", async () => {
    const app = await company();
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表紙').addRow(['リスク分析シート']);
    const sheet = workbook.addWorksheet('台帳');
    sheet.addRow(['情報資産管理台帳']);
    sheet.addRow([]);
    sheet.addRow(['No.', '業務分類', '情報資産名称', '備考', '利用者範囲', '管理部署', '媒体・保存先', '個人情報の種類', '', '', '重要度']);
    sheet.addRow(['', '', '', '', '', '', '', '個人情報', '要配慮個人情報', '特定個人情報', '']);
    sheet.addRow([1, '販売', '顧客台帳', '年1回見直し', '営業部', '営業部', '事務所PC', '有', '', '', 2]);
    sheet.addRow([2, '人事', '従業員名簿', '', '総務', '総務部', '書類', '有', '', '有', 3]);
    sheet.addRow([3, '経理', '決算書', '', '経理', '経理部', 'クラウド', '', '', '', { formula: 'A1*2', result: 4 }]);
    const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const preview = await app.api.registers.importPreview({ register: 'information', fileName: 'risk.xlsx', base64 });
    expect(preview).toMatchObject({ sheet: '台帳', headerRow: 4, toAdd: 3, errors: [] });
    expect(preview.ignored).toEqual(['No.', '重要度']);
    await app.api.registers.importCommit({ token: preview.token });
    const rows = (await app.api.registers.all()).information;
    expect(rows[0]).toMatchObject({ name: '顧客台帳', category: '販売', note: '年1回見直し', access: '営業部', manager: '営業部', location: '事務所PC', personalData: true, personalKinds: '個人情報' });
    expect(rows[1]).toMatchObject({ personalData: true, personalKinds: '個人情報、特定個人情報' });
    expect(rows[2]).toMatchObject({ personalData: false });
  });

  it('refuses a file with no header we know, and a zip that would unpack past the limit', async () => {
    const app = await company();
    await expect(app.api.registers.importPreview({ register: 'devices', fileName: 'x.csv', base64: toBase64('a,b\r\n1,2\r\n') })).rejects.toMatchObject({ code: 'invalid_file' });
    // A zip directory claiming a 4 GB part: refused before anything is inflated.
    const bomb = Buffer.alloc(22 + 46 + 4);
    bomb.writeUInt32LE(0x04034b50, 0);
    bomb.writeUInt32LE(0x02014b50, 4);
    bomb.writeUInt32LE(0xfffffff0, 4 + 24);
    const end = 4 + 46;
    bomb.writeUInt32LE(0x06054b50, end);
    bomb.writeUInt16LE(1, end + 10);
    bomb.writeUInt32LE(4, end + 16);
    await expect(app.api.registers.importPreview({ register: 'devices', fileName: 'x.xlsx', base64: bomb.toString('base64') })).rejects.toMatchObject({ code: 'too_large' });
  });
});
