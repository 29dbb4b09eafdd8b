// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { expect, it } from 'vitest';
import { filterIncidents, incidentFilterSchema } from '../../shared/incidents/list';
import { IncidentList } from '../../renderer/src/features/incidents/IncidentList';
import { initI18n } from '../../renderer/src/i18n';
import { medianMs, recordRatio } from './support';
import { makeIncidents } from './incident-fixtures';

initI18n('ja');
const filter = incidentFilterSchema.parse({ status: 'notClosed', sort: 'severity' });

/** Filter, then render the virtualised list and unmount: what typing in the search box costs. */
function filterAndRender(incidents: ReturnType<typeof makeIncidents>) {
  const rows = filterIncidents(incidents, filter, '2026-11-25');
  const { container } = render(
    <Router hook={memoryLocation().hook}>
      <IncidentList rows={rows} />
    </Router>,
  );
  const shown = container.querySelectorAll('li').length;
  cleanup();
  return shown;
}

it('the list stays as quick with 10,000 incidents as with 100', async () => {
  const many = makeIncidents(10_000);
  const few = many.slice(0, 100);
  // Virtualised: the page holds a screenful of rows either way.
  expect(filterAndRender(many)).toBe(filterAndRender(few));
  const manyMs = await medianMs(() => filterAndRender(many), 21, 3);
  const fewMs = await medianMs(() => filterAndRender(few), 21, 3);
  const ratio = recordRatio({
    name: 'incident-list-10k',
    measured: 'filter + render the list, 10,000 incidents',
    baseline: 'the same with 100 incidents',
    value: manyMs,
    baselineValue: fewMs,
    unit: 'ms',
    target: 2,
  });
  console.log(`10k ${manyMs.toFixed(2)} ms, 100 ${fewMs.toFixed(2)} ms, ratio ${ratio.toFixed(2)}`);
});
