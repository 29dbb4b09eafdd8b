import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { StorageNotices } from '../../../renderer/src/components/StorageNotices';
import { createInProcessApi } from '../../support/in-process-api';
import { switchableDisk } from '../../support/switchable-disk';
import { renderWithApi } from './render';

describe('the storage banner', () => {
  it('appears when a save is refused for a full disk, and goes once a save works again', async () => {
    const disk = switchableDisk();
    const backend = createInProcessApi({ fileFactory: disk.factory });
    await backend.api.workspaces.create({ name: 'やまだ商店' });
    renderWithApi(<StorageNotices />, backend);
    await waitFor(() => expect(screen.queryByTestId('storage-problem')).toBeNull());

    disk.fail('ENOSPC');
    await expect(backend.api.contacts.save({ role: 'insurer', organisation: '東西損保', person: '' })).rejects.toMatchObject({ code: 'storage_full' });
    const banner = await screen.findByTestId('storage-problem');
    expect(banner.textContent).toContain('保存先のディスクがいっぱいで、変更を保存できません');
    expect(banner.textContent).toContain(backend.dataDir);

    disk.heal();
    await backend.api.contacts.save({ role: 'insurer', organisation: '東西損保', person: '' });
    await waitFor(() => expect(screen.queryByTestId('storage-problem')).toBeNull());
  });
});
