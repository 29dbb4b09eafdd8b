import { randomUUID } from 'node:crypto';
import { createApi } from '../../electron/services/create-api';
import { createDemoWorkspace } from '../../electron/features/workspaces/demo';
import { actionsSpec } from '../../electron/features/actions/documents';
import { contactsSpec } from '../../electron/features/contacts/documents';
import { assessmentsSpec } from '../../electron/features/self-check/documents';
import { incidentsOf } from '../../electron/features/incidents/repository';
import { catalogId, currentCatalogVersion } from '../../shared/self-check/catalog';
import { questionIds } from '../../shared/self-check/question-ids';
import { answerValues } from '../../shared/self-check/scoring';
import type { Assessment } from '../../shared/self-check/schema';
import type { Workspace } from '../../electron/services/workspaces';
import { makeTempDir } from '../support/temp-dir';
import { makeIncidents } from './incident-fixtures';

/**
 * Fills a workspace to a feature's limits. Features with large collections add theirs here
 * (e.g. incidents: 10,000 records) so the time-to-interactive bench keeps measuring the worst case.
 */
export type LargeSeeder = (workspace: Workspace, now: Date) => void;

const largeSeeders: LargeSeeder[] = [
  (ws, now) =>
    ws.document(actionsSpec).set(
      Array.from({ length: 2000 }, (_, i) => ({
        id: randomUUID(),
        title: `対策 ${i + 1}: パスワードの見直しとバックアップの確認`,
        owner: '佐藤',
        dueDate: '',
        status: (['todo', 'doing', 'done'] as const)[i % 3]!,
        note: '毎月の点検で確認する。'.repeat(5),
        source: { kind: 'manual' as const },
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      })),
    ),
  (ws) =>
    ws.document(contactsSpec).set(
      Array.from({ length: 500 }, (_, i) => ({
        id: randomUUID(),
        role: 'other' as const,
        organisation: `取引先 ${i + 1}`,
        person: '担当者',
        phones: [{ label: '代表', number: '03-1234-5678' }],
        email: '',
        hours: '平日 9:00〜17:00',
        contractNumber: '',
        notes: '',
        callOrder: null,
        lastCheckedAt: '',
        preset: null,
      })),
    ),
  // The incident log at its design size: 10,000 records across the 512 bucket files.
  (ws) => incidentsOf(ws).saveMany(makeIncidents(10_000)),
  // The self-check history at the document's limit (200 checks, the demo's two included).
  (ws, now) =>
    ws.document(assessmentsSpec).update((existing) => [
      ...Array.from({ length: 200 - existing.length }, (_, i): Assessment => {
        const at = new Date(now.getTime() - (i + 1) * 30 * 86_400_000).toISOString();
        return {
          id: `bench-check-${String(i).padStart(3, '0')}`,
          catalogId,
          catalogVersion: currentCatalogVersion,
          startedAt: at,
          updatedAt: at,
          completedAt: at,
          position: questionIds.length,
          answers: Object.fromEntries(questionIds.map((q, n) => [q, { value: answerValues[(i + n) % 4]!, note: '', answeredAt: at }])),
        };
      }).reverse(),
      ...existing,
    ]),
];

/** The large workspace in words, for the benchmark table. */
export const largeWorkspaceDescription = 'demo + 10,000 incidents + 200 self-checks + 2,000 actions + 500 contacts + 50 companies';

/** A data folder holding the demo company (through the real services) scaled up to the limits. */
export function createLargeWorkspaceDir(): string {
  const dataDir = makeTempDir('otasuke-large-');
  const { services } = createApi({ dataDir, platform: { host: 'browser', appVersion: 'bench' } });
  const ws = createDemoWorkspace(services);
  for (const seed of largeSeeders) seed(ws, services.now());
  // Other companies in the same data folder, as a support office would have.
  for (let i = 0; i < 50; i += 1) services.workspaces.create(`顧客企業 ${i + 1}`);
  services.open(ws.id);
  return dataDir;
}
