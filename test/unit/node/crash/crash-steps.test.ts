import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CrashScenario } from '../../../support/crash-driver';
import { bundleCrashDriver, leftovers, runCrashDriver, type DriverRun } from '../../../support/crash-steps';
import { buildTemplate, copyOf, restart, stateA, stateB, type Template } from './crash-steps-fixtures';

/**
 * A crash at every step: each scenario runs once to the end in a child process to count its
 * crash points N, then once per k in 1..N with a SIGKILL at step k (see crash-points.ts), each
 * time on a fresh copy of the same folder. Then the app starts again in-process (start-up
 * recovery included) and every acknowledged record must be there, the operation wholly done or
 * wholly undone, the promised notice shown, and no temp file or staging folder left.
 * CRASH_STEPS=all (set by `npm run test:long`) runs every k; otherwise the first, middle and last
 * few steps and every step of a folder move.
 */
const everyStep = process.env.CRASH_STEPS === 'all';
let driver: string;
const totals = { runs: 0, points: new Set<string>() };

beforeAll(async () => {
  driver = await bundleCrashDriver();
}, 120_000);

const custom = (contacts: string[]) => contacts.filter((c) => ['東西損保', '北西損保', '町のパソコン屋'].includes(c));

/**
 * Which steps to crash at: all of them, or a fast subset: the first, middle and last step, and the
 * first of each folder move and repair step (where the multi-step operations can go wrong).
 */
function stepsToCrash(labels: string[]): number[] {
  const n = labels.length;
  if (everyStep) return labels.map((_, i) => i + 1);
  const picked = new Set([1, Math.ceil(n / 2), n]);
  const seen = new Set<string>();
  labels.forEach((label, i) => {
    if (!/move|put|recovery|remove stale/.test(label) || seen.has(label)) return;
    seen.add(label);
    picked.add(i + 1);
  });
  return [...picked].sort((a, b) => a - b);
}

/** Runs `scenario` at every chosen step and calls `check` on each restarted folder. */
async function crashEverywhere(
  scenario: CrashScenario,
  check: (run: DriverRun, after: Awaited<ReturnType<typeof restart>>, template: Template, dir: string) => Promise<void>,
  makeTemplate: () => Promise<Template> = () => buildTemplate(scenario),
) {
  const started = Date.now();
  const template = await makeTemplate();
  const full = await runCrashDriver(driver, copyOf(template), scenario, template.paramsFile, 0);
  const traced = full.labels;
  expect(traced.length).toBe(full.steps);
  const ks = stepsToCrash(traced);
  for (const k of ks) {
    const dir = copyOf(template);
    const run = await runCrashDriver(driver, dir, scenario, template.paramsFile, k);
    const after = await restart(dir, template.params.companyId);
    try {
      await check(run, after, template, dir);
      expect(leftovers(dir), 'left behind after start-up').toEqual([]);
      expect(after.notices).not.toContain('started_empty');
    } catch (error) {
      (error as Error).message = `${scenario}, crash at step ${k}/${full.steps} (${run.killedAt}), acks ${JSON.stringify(run.acks)}: ${(error as Error).message}`;
      throw error;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
  totals.runs += ks.length + 1;
  for (const label of traced) totals.points.add(label);
  console.log(`crash steps: ${scenario}: N = ${full.steps}, crashed at ${ks.length} steps in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const acked = (run: DriverRun, key: string) => run.acks.some((a) => key in a);

describe('a SIGKILL at every file-system step', () => {
  it('store: every acknowledged contact, incident and profile is there after the restart', async () => {
    await crashEverywhere('store', async (run, after) => {
      const company = await after.open();
      expect(custom(company.contacts)).toEqual(expect.arrayContaining(['東西損保']));
      expect(company.incidents).toContain('既存の記録');
      if (acked(run, 'contact')) expect(company.contacts).toContain('町のパソコン屋');
      if (acked(run, 'incident')) expect(company.incidents).toContain('不審なメール');
      expect(company.employees).toBe(acked(run, 'employees') ? 12 : company.employees === 12 ? 12 : 8);
    });
  }, 600_000);

  for (const scenario of ['replace', 'restore'] as const) {
    it(`${scenario}: the company holds wholly the old or wholly the new data, and the new once acknowledged`, async () => {
      await crashEverywhere(scenario, async (run, after) => {
        expect(after.companies).toContain('株式会社やまだ商店');
        const company = await after.open();
        const state = { employees: company.employees, contacts: custom(company.contacts), incidents: [...company.incidents].sort() };
        const a = { ...stateA, incidents: [...stateA.incidents].sort() };
        const b = { ...stateB, incidents: [...stateB.incidents].sort() };
        if (acked(run, scenario === 'replace' ? 'replaced' : 'restored')) expect(state).toEqual(a);
        else expect([a, b]).toContainEqual(state);
        // Killed between the two folder moves: the next start finishes the job and says so.
        if (run.killedAt === 'install: move new folder in') expect(after.notices).toContain('operation_finished');
      });
    }, 600_000);
  }

  it('delete: the company is wholly there or wholly gone, and a gone one can be restored with all its data', async () => {
    await crashEverywhere('delete', async (run, after, template) => {
      const id = template.params.companyId;
      const gone = !after.companies.includes('株式会社やまだ商店');
      if (acked(run, 'deleted')) expect(gone).toBe(true);
      if (gone) {
        expect(after.deleted).toContain(id);
        await after.later.api.workspaces.restoreDeleted({ id });
      }
      const company = await after.open();
      expect({ ...company, contacts: custom(company.contacts) }).toEqual({ employees: 8, contacts: ['東西損保'], incidents: ['既存の記録'] });
    });
  }, 600_000);

  it('undelete: a deleted company being restored is wholly back or still restorable, and back once acknowledged', async () => {
    const deleted = async () => {
      const template = await buildTemplate('delete');
      await runCrashDriver(driver, template.dataDir, 'delete', template.paramsFile, 0);
      return template;
    };
    await crashEverywhere(
      'undelete',
      async (run, after, template) => {
        const id = template.params.companyId;
        const back = after.companies.includes('株式会社やまだ商店');
        if (acked(run, 'undeleted')) expect(back).toBe(true);
        if (!back) {
          expect(after.deleted).toContain(id);
          await after.later.api.workspaces.restoreDeleted({ id });
        }
        const company = await after.open();
        expect({ ...company, contacts: custom(company.contacts) }).toEqual({ employees: 8, contacts: ['東西損保'], incidents: ['既存の記録'] });
      },
      deleted,
    );
  }, 600_000);

  it('recovery: a damaged contacts file comes back from its backup, whatever step of the repair the kill hit', async () => {
    await crashEverywhere('recovery', async (_run, after, template, dir) => {
      const company = await after.open();
      expect(custom(company.contacts)).toEqual(['東西損保']);
      // Whichever start repaired it, the damaged copy is kept and the user told once (the notice
      // is on disk before the repair begins), naming a copy that exists.
      const ws = path.join(dir, 'workspaces', template.params.companyId);
      expect(fs.readdirSync(ws).some((f) => f.startsWith('contacts.json.corrupt-'))).toBe(true);
      const restored = after.later.services.notices.list().filter((n) => n.kind === 'restored_from_backup');
      expect(restored).toHaveLength(1);
      expect(fs.existsSync(restored[0]!.movedTo)).toBe(true);
    });
  }, 600_000);

  it('finish: a start-up that finishes a replace cut short is itself killed at every step; the new data is there once and whole', async () => {
    // The folder a replace leaves when killed between its two folder moves: old aside, new staged.
    const cutShort = async () => {
      const template = await buildTemplate('replace');
      const labels = (await runCrashDriver(driver, copyOf(template), 'replace', template.paramsFile, 0)).labels;
      await runCrashDriver(driver, template.dataDir, 'replace', template.paramsFile, labels.indexOf('install: move new folder in') + 1);
      return template;
    };
    await crashEverywhere(
      'finish',
      async (run, after) => {
        expect(after.companies).toEqual(expect.arrayContaining(['株式会社やまだ商店', '株式会社つぎの店']));
        const company = await after.open();
        expect({ employees: company.employees, contacts: custom(company.contacts), incidents: [...company.incidents].sort() }).toEqual(stateA);
        // The notice is kept on disk before the folder move, so a kill at any step still shows it once.
        expect(after.notices.filter((kind) => kind === 'operation_finished')).toHaveLength(1);
      },
      cutShort,
    );
  }, 600_000);

  it('covered every kind of step', () => {
    console.log(`crash steps: ${totals.points.size} kinds of crash point, ${totals.runs} child runs: ${[...totals.points].join(', ')}`);
    expect(totals.points.size).toBeGreaterThan(10);
  });
});
