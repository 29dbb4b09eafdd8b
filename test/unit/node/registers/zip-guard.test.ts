import ExcelJS from 'exceljs';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkZipSizes } from '../../../../electron/features/registers/zip-guard';
import { createInProcessApi } from '../../../support/in-process-api';
import { snapshotFiles } from '../../../support/file-snapshot';

/** A one-part zip whose directory declares `declared` bytes for `content`, deflated. */
function zipOf(content: Buffer, declared: number): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = deflateRawSync(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryAt = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryAt, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe('the zip guard before any spreadsheet is read', () => {
  it('lets a real workbook through, and a zip whose sizes are what they say', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('台帳').addRows(Array.from({ length: 2000 }, (_, i) => [`PC-${i}`, 'Windows 11', '山田']));
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    expect(() => checkZipSizes(xlsx)).not.toThrow();
    expect(() => checkZipSizes(zipOf(Buffer.from('<sheet/>'), 8))).not.toThrow();
  });

  it('refuses a zip bomb whose directory lies: 200 MB of zeros declared as 1 KB, stopped at 1 KB + 1 byte', () => {
    const bomb = zipOf(Buffer.alloc(200 * 1024 * 1024), 1024);
    expect(bomb.length).toBeLessThan(300 * 1024);
    expect(() => checkZipSizes(bomb)).toThrow(expect.objectContaining({ code: 'too_large' }));
  });

  it('refuses a part smaller than it declares, and data that is not deflate', () => {
    expect(() => checkZipSizes(zipOf(Buffer.from('<sheet/>'), 100))).toThrow(expect.objectContaining({ code: 'invalid_file' }));
    const broken = zipOf(Buffer.from('<sheet>'.repeat(100)), 700);
    broken.fill(0xff, 30 + 24, 30 + 24 + 8);
    expect(() => checkZipSizes(broken)).toThrow(expect.objectContaining({ code: 'invalid_file' }));
  });

  it('through the API: the lying bomb as a register import and as the official ★3 workbook is refused, nothing written', async () => {
    const { api, dataDir } = createInProcessApi();
    await api.workspaces.create({ name: 'やまだ商店' });
    await api.scs.start({ year: 2026 });
    const before = snapshotFiles(dataDir);
    const base64 = zipOf(Buffer.alloc(50 * 1024 * 1024), 1024).toString('base64');
    await expect(api.registers.importPreview({ register: 'devices', fileName: 'devices.xlsx', base64 })).rejects.toMatchObject({ code: 'too_large' });
    await expect(api.scs.importOfficial({ fileName: 'official.xlsx', base64 })).rejects.toMatchObject({ code: 'too_large' });
    expect(snapshotFiles(dataDir)).toEqual(before);
  });
});
