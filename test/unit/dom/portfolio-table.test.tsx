import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { PortfolioListPage } from '../../../renderer/src/features/portfolio/PortfolioListPage';
import { createInProcessApi } from '../../support/in-process-api';
import { renderWithApi } from './render';

async function samplePortfolio() {
  const backend = createInProcessApi();
  await backend.api.workspaces.create({ name: '株式会社やまだ商店' });
  await backend.api.portfolio.createSample();
  return backend;
}

const rowNames = () => screen.getAllByTestId('portfolio-row').map((row) => within(row).getAllByRole('button')[0]!.textContent);

describe('PortfolioPage', () => {
  it('lists the companies, puts the overdue report deadlines first, filters, and opens a company', async () => {
    const backend = await samplePortfolio();
    const rows = await backend.api.portfolio.list();
    renderWithApi(<PortfolioListPage />, backend);
    expect(await screen.findByText(`${rows.length}社を表示（全${rows.length}社）`)).toBeTruthy();

    // The page opens sorted by report deadlines, the company with the most overdue ones first.
    const mostOverdue = Math.max(...rows.map((r) => r.overdueClocks));
    expect(mostOverdue).toBeGreaterThan(0);
    const first = screen.getAllByTestId('portfolio-row')[0]!;
    expect(first.textContent).toContain(`${mostOverdue}件 期限切れ`);
    expect(screen.getByRole('columnheader', { name: /報告期限/ }).getAttribute('aria-sort')).toBe('descending');

    // By name: ascending, then the other way on a second press.
    await userEvent.click(screen.getByRole('button', { name: '会社で並べ替え' }));
    const allNames = rows.map((r) => r.name).sort((a, b) => a.localeCompare(b, 'ja'));
    // Virtualised: only a screenful of rows is in the page.
    const byName = rowNames();
    expect(byName.length).toBeLessThan(rows.length);
    expect(byName).toEqual(allNames.slice(0, byName.length));
    await userEvent.click(screen.getByRole('button', { name: '会社で並べ替え' }));
    expect(rowNames()[0]).toBe(allNames.at(-1));

    await userEvent.click(screen.getByRole('button', { name: '期限切れあり' }));
    const attention = rows.filter((r) => r.overdueActions > 0 || r.overdueClocks > 0);
    expect(await screen.findByText(`${attention.length}社を表示（全${rows.length}社）`)).toBeTruthy();
    const attentionNames = new Set(attention.map((r) => r.name));
    expect(rowNames().every((name) => attentionNames.has(name!))).toBe(true);

    await userEvent.click(screen.getByRole('button', { name: 'すべて' }));
    await userEvent.type(screen.getByRole('searchbox', { name: '会社名で探す' }), 'やまだ商店');
    await waitFor(() => expect(rowNames()).toEqual(['株式会社やまだ商店']));
    const target = rows.find((r) => r.name !== '株式会社やまだ商店' && r.overdueClocks > 0)!;
    await userEvent.clear(screen.getByRole('searchbox', { name: '会社名で探す' }));
    await userEvent.type(screen.getByRole('searchbox', { name: '会社名で探す' }), target.name);
    await userEvent.click(await screen.findByRole('button', { name: `${target.name}を開く` }));
    await waitFor(async () => expect((await backend.api.workspaces.get()).name).toBe(target.name));
  }, 60_000);
});
