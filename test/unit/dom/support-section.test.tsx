import fs from 'node:fs';
import path from 'node:path';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../electron/services/store/atomic-write';
import type { SaveFileRequest } from '../../../electron/services/platform';
import { SupportSection } from '../../../renderer/src/features/support/SupportSection';
import { createInProcessApi } from '../../support/in-process-api';
import { makeTempDir } from '../../support/temp-dir';
import { renderWithApi } from './render';

/** The Electron host's save, with the dialog answered: the chosen folder, or cancel. */
function savingHost(answer: 'save' | 'cancel') {
  const folder = makeTempDir('otasuke-saved-');
  const asked: string[] = [];
  const saveFile = async ({ suggestedName, data }: SaveFileRequest) => {
    asked.push(suggestedName);
    if (answer === 'cancel') return null;
    const target = path.join(folder, suggestedName);
    writeFileAtomic(target, data);
    return target;
  };
  return { folder, asked, platform: { host: 'electron' as const, appVersion: '0.0.0-test', saveFile } };
}

describe('SupportSection', () => {
  it('says what the file holds, saves it where the owner chose, and says where', async () => {
    const host = savingHost('save');
    const backend = createInProcessApi({ platform: host.platform });
    await backend.api.workspaces.create({ name: '株式会社ひまわり堂' });
    renderWithApi(<SupportSection />, backend);
    expect(screen.getByText(/お客様や取引先の情報、会社名/)).toBeTruthy();

    await userEvent.click(screen.getByRole('button', { name: 'サポート用ファイルを保存する' }));
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain('サポート用ファイルを保存しました。');

    const [name] = fs.readdirSync(host.folder);
    expect(name).toMatch(/^otasuke-support-\d{8}-\d{4}\.json$/);
    const saved = path.join(host.folder, name!);
    expect(status.textContent).toContain(saved);
    expect(fs.statSync(saved).mode & 0o777).toBe(0o600);
    const text = fs.readFileSync(saved, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'otasuke-support-bundle', app: { host: 'electron', version: '0.0.0-test' }, storage: { companies: 1 } });
    expect(text).not.toContain('ひまわり堂');
  });

  it('says nothing was saved when the owner cancels the dialog', async () => {
    const host = savingHost('cancel');
    renderWithApi(<SupportSection />, createInProcessApi({ platform: host.platform }));
    const button = screen.getByRole('button', { name: 'サポート用ファイルを保存する' });
    await userEvent.click(button);
    await expect.poll(() => host.asked.length).toBe(1);
    await expect.poll(() => (button as HTMLButtonElement).disabled).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('status')).toBeNull();
    expect(fs.readdirSync(host.folder)).toEqual([]);
  });
});
