import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { BusyIndicator } from '../../../renderer/src/components/BusyIndicator';
import { SummaryPage } from '../../../renderer/src/features/summary/SummaryPage';
import { ExportSection } from '../../../renderer/src/features/workspaces/ExportSection';
import { ImportSection } from '../../../renderer/src/features/workspaces/ImportSection';
import { createInProcessApi } from '../../support/in-process-api';
import { renderWithApi } from './render';

/** A call that stays pending until the test lets it go: the long job, held in the middle. */
function held<T>(real: () => Promise<T>) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  return { call: async () => { await gate; return real(); }, release: () => act(() => release()) };
}

async function demoBackend() {
  const backend = createInProcessApi();
  await backend.api.workspaces.createDemo();
  return backend;
}

describe('long jobs show that they are working', () => {
  it('summary: a moving bar and 「PDFを作成しています…」 while the PDF is made, gone when it is ready', async () => {
    const backend = await demoBackend();
    // The PDF itself is not the point here (pdfmake cannot load its font under jsdom): a small stand-in.
    const made = { fileName: 'summary.pdf', mimeType: 'application/pdf', base64: Buffer.from('%PDF-1.4').toString('base64'), fingerprint: 'AB12-CD34' };
    let job: { release: () => Promise<void> | void } | null = null;
    vi.spyOn(backend.api.summary, 'generate').mockImplementation(() => {
      const h = held(async () => made);
      job = h;
      return h.call();
    });
    const { container } = renderWithApi(<SummaryPage />, backend);
    await userEvent.click(screen.getByRole('button', { name: /プレビュー/ }));
    const status = await screen.findByTestId('busy-indicator');
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toContain('PDFを作成しています…');
    expect(within(status).getByRole('progressbar', { name: 'PDFを作成しています…' })).toBeTruthy();
    expect(container.querySelector('.summary-preview')!.getAttribute('aria-busy')).toBe('true');
    await job!.release();
    await waitFor(() => expect(screen.queryByTestId('busy-indicator')).toBeNull());
    expect(container.querySelector('.summary-preview')!.getAttribute('aria-busy')).toBe('false');
  });

  it('export: 「ファイルに書き出しています…」 while the file is written, gone after', async () => {
    const backend = await demoBackend();
    const real = backend.api.workspaces.exportFile.bind(backend.api.workspaces);
    let job: { release: () => Promise<void> | void } | null = null;
    vi.spyOn(backend.api.workspaces, 'exportFile').mockImplementation((request) => {
      const h = held(() => real(request));
      job = h;
      return h.call();
    });
    const { container } = renderWithApi(<ExportSection companyName="サンプル株式会社" />, backend);
    await userEvent.click(screen.getByLabelText('パスフレーズで暗号化する（おすすめ）'));
    await userEvent.click(screen.getByRole('button', { name: 'ファイルに書き出す' }));
    expect((await screen.findByTestId('busy-indicator')).textContent).toContain('ファイルに書き出しています…');
    expect(container.querySelector('form')!.getAttribute('aria-busy')).toBe('true');
    await job!.release();
    await waitFor(() => expect(screen.queryByTestId('busy-indicator')).toBeNull());
  });

  it('import: 「ファイルの中身を確かめています…」 while the file is checked, gone when the preview shows', async () => {
    const backend = await demoBackend();
    const exported = await backend.api.workspaces.exportFile({});
    const real = backend.api.workspaces.importPreview.bind(backend.api.workspaces);
    let job: { release: () => Promise<void> | void } | null = null;
    vi.spyOn(backend.api.workspaces, 'importPreview').mockImplementation((request) => {
      const h = held(() => real(request));
      job = h;
      return h.call();
    });
    renderWithApi(<ImportSection />, backend);
    const text = Buffer.from(exported.base64, 'base64').toString('utf8');
    await userEvent.upload(screen.getByLabelText('読み込むファイル'), new File([text], 'demo.otasuke'));
    await userEvent.click(screen.getByRole('button', { name: '内容を確認する' }));
    expect((await screen.findByTestId('busy-indicator')).textContent).toContain('ファイルの中身を確かめています…');
    await job!.release();
    await waitFor(() => expect(screen.queryByTestId('busy-indicator')).toBeNull());
    expect(await screen.findByRole('button', { name: '読み込む' })).toBeTruthy();
  });

  it('says how long it has been working once a job takes more than a few seconds', () => {
    vi.useFakeTimers();
    try {
      renderWithApi(<BusyIndicator label="PDFを作成しています…" />);
      expect(screen.getByTestId('busy-indicator').textContent).not.toContain('秒');
      act(() => vi.advanceTimersByTime(5000));
      expect(screen.getByTestId('busy-indicator').textContent).toContain('5秒たちました');
    } finally {
      vi.useRealTimers();
    }
  });
});
