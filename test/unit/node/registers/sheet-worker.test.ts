import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBuiltWorkers } from '../../../../electron/services/off-thread/worker-file';
import { createInProcessApi } from '../../../support/in-process-api';

const built = path.resolve('out/main/registers-sheet-worker.js');

describe.skipIf(!fs.existsSync(built))('register spreadsheets in the built worker (after `npx electron-vite build`)', () => {
  it('writes and reads an .xlsx in the worker thread, a refusal keeping its code', async () => {
    // For this file only (vitest runs each file in its own module graph).
    useBuiltWorkers('out/main');
    const app = createInProcessApi({ now: () => new Date('2026-12-07T03:00:00Z') });
    await app.api.workspaces.createDemo();
    const file = await app.api.registers.exportFile({ register: 'devices', format: 'xlsx', language: 'en' });
    const preview = await app.api.registers.importPreview({ register: 'devices', fileName: file.fileName, base64: file.base64 });
    expect(preview).toMatchObject({ unchanged: 12, toAdd: 0, errors: [] });
    await expect(app.api.registers.importPreview({ register: 'devices', fileName: 'x.csv', base64: Buffer.from('a,b\r\n').toString('base64') })).rejects.toMatchObject({ code: 'invalid_file' });
  });
});
