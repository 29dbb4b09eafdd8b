import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LoopSection } from '../../../renderer/src/features/incidents/LoopSection';
import { ActionsHomePanel } from '../../../renderer/src/features/actions/ActionsHomePanel';
import { createInProcessApi } from '../../support/in-process-api';
import { renderWithApi } from './render';

describe('an action made from an incident', () => {
  it('shows on the home action panel at once, without a reload', async () => {
    const backend = createInProcessApi();
    await backend.api.profile.save({ name: '株式会社テスト' } as never);
    const incident = await backend.api.incidents.create({ title: 'VPN機器の脆弱性', discoveredAt: '2026-11-20' });
    renderWithApi(
      <>
        <ActionsHomePanel />
        <LoopSection incident={incident} />
      </>,
      backend,
    );
    const panel = await screen.findByTestId('home-actions');
    // No plan at all is not an all-clear (「未完了の対策はありません」 is for a plan that is done).
    expect(await within(panel).findByText('まだ対策の計画はありません。')).toBeTruthy();

    await userEvent.type(screen.getByLabelText('やること'), 'VPN機器を更新する');
    await userEvent.click(within(screen.getByRole('heading', { name: '対策計画に追加する' }).closest('form')!).getByRole('button'));
    expect(await screen.findByText('対策計画に追加しました。')).toBeTruthy();
    expect(await within(panel).findByText('未完了 1 件')).toBeTruthy();
  });
});
