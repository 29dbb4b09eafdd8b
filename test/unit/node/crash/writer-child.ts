/**
 * The child process of the crash test, bundled from the app's real sources. It goes through
 * the real dispatch (validation, handlers, incident buckets, the self-check document) exactly
 * as the window does: it creates incidents and answers self-check questions in a loop, and
 * prints an ack line only after the call returned ok, i.e. after the atomic write finished.
 * The parent kills it with SIGKILL at random moments.
 */
import { createApi } from '../../../../electron/services/create-api';
import { defaultBackupPolicy } from '../../../../electron/services/store/backups';
import { questionIds } from '../../../../shared/self-check/question-ids';
import { answerValues } from '../../../../shared/self-check/scoring';

const dataDir = process.argv[2];
if (!dataDir) throw new Error('usage: writer <dataDir>');

const { services, dispatch } = createApi({
  dataDir,
  platform: { host: 'browser', appVersion: 'crash-test' },
  // Back up on every write: the backup path runs under the kill too.
  backupPolicy: { ...defaultBackupPolicy, minIntervalMs: 0 },
});

let workspaceId: string | null = null;

/** As the window's client does: every company call names the company. */
async function call<T>(channel: string, payload: Record<string, unknown>): Promise<T> {
  const result = await dispatch(channel, channel.startsWith('workspaces:') ? payload : { workspaceId, ...payload });
  if (!result.ok) throw new Error(`${channel} failed: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

async function main() {
  workspaceId = services.lastOpenedWorkspaceOrNull()?.id ?? (await call<{ id: string }>('workspaces:create', { name: '株式会社クラッシュ試験' })).id;
  // Everything the child had to repair on opening would be a lost or broken write.
  for (const notice of services.notices.list()) process.stdout.write(`notice ${JSON.stringify(notice)}\n`);
  const incidents = await call<unknown[]>('incidents:list', {});
  let seq = incidents.length;
  process.stdout.write('ready\n');
  for (;;) {
    seq += 1;
    await call('incidents:create', { title: `不審なメール ${seq}`, discoveredAt: '2026-11-20', description: 'x'.repeat(seq % 300) });
    process.stdout.write(`ack incident ${seq}\n`);
    const check = await call<{ id: string }>('selfCheck:start', {});
    const questionId = questionIds[seq % questionIds.length]!;
    const value = answerValues[seq % answerValues.length]!;
    await call('selfCheck:answer', { assessmentId: check.id, questionId, value, note: `回答 ${seq}`, position: seq % questionIds.length });
    process.stdout.write(`ack answer ${seq} ${questionId} ${value}\n`);
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
