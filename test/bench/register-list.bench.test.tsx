// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { expect, it } from 'vitest';
import i18next from 'i18next';
import { registerFields } from '../../shared/registers/fields';
import { demoRegisters } from '../../shared/registers/demo';
import { emptyRegisters, type RegisterEntry } from '../../shared/registers/schema';
import { setApi } from '../../renderer/src/api/client';
import { createAppQueryClient } from '../../renderer/src/api/query-client';
import { cellTextFor } from '../../renderer/src/features/registers/cell-text';
import { filterRows, searchIndex } from '../../renderer/src/features/registers/filter-rows';
import { flagsFor } from '../../renderer/src/features/registers/row-flags';
import { RegisterTable } from '../../renderer/src/features/registers/RegisterTable';
import { initI18n } from '../../renderer/src/i18n';
import { createInProcessApi } from '../support/in-process-api';
import { medianMs, recordRatio } from './support';

initI18n('ja');
const backend = createInProcessApi();
setApi(backend.api, backend.windowWorkspace);
const client = createAppQueryClient();

/** 2,000 devices made from the demo company's twelve, each with its own name and user. */
function makeDevices(count: number): RegisterEntry[] {
  const demo = demoRegisters(new Date('2026-12-07T03:00:00Z')).devices;
  return Array.from({ length: count }, (_, i) => ({ ...demo[i % demo.length]!, name: `${demo[i % demo.length]!.name} ${i + 1}`, user: `社員 ${i % 97}`, id: `device-${String(i).padStart(6, '0')}`, updatedAt: '2026-12-01T00:00:00.000Z' }) as RegisterEntry);
}

const fields = registerFields.devices;
const t = i18next.getFixedT('ja', 'registers');

/** What typing "windows" in the filter costs: the rows' search text, the filter, the virtualised table with its flags. */
function filterAndRender(devices: RegisterEntry[]) {
  const registers = { ...emptyRegisters(), devices: devices as never };
  const cellText = cellTextFor(t as never, registers, 'ja');
  const rows = filterRows(devices, searchIndex(fields, devices, cellText), 'windows');
  const { container } = render(
    <QueryClientProvider client={client}>
      <Router hook={memoryLocation().hook}>
        <RegisterTable kind="devices" rows={rows} cellText={cellText} flagged={flagsFor('devices', '2026-12-07', t as never)} onEdit={() => undefined} />
      </Router>
    </QueryClientProvider>,
  );
  const shown = container.querySelectorAll('[data-testid="register-row"]').length;
  cleanup();
  return shown;
}

it('the device register filters and renders as quickly with 2,000 rows as with 100', async () => {
  const many = makeDevices(2000);
  const few = many.slice(0, 100);
  // Virtualised: a screenful of rows either way.
  expect(filterAndRender(many)).toBe(filterAndRender(few));
  expect(filterAndRender(many)).toBeGreaterThan(5);
  const manyMs = await medianMs(() => filterAndRender(many), 21, 3);
  const fewMs = await medianMs(() => filterAndRender(few), 21, 3);
  const ratio = recordRatio({
    name: 'register-list-2k',
    measured: 'filter + render the device register, 2,000 rows',
    baseline: 'the same with 100 rows',
    value: manyMs,
    baselineValue: fewMs,
    unit: 'ms',
    target: 2,
  });
  console.log(`2k ${manyMs.toFixed(2)} ms, 100 ${fewMs.toFixed(2)} ms, ratio ${ratio.toFixed(2)}`);
});
