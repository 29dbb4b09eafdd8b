/**
 * The child process of the crash test, bundled from our real store code. It appends records to
 * two documents in a loop, alternating, and prints `ack <document> <seq>` only after `set()`
 * returned, i.e. after the atomic write finished. The parent kills it with SIGKILL at random.
 */
import { confStoreFile } from '../../../../electron/services/store/backend';
import { defaultBackupPolicy } from '../../../../electron/services/store/backups';
import { DocumentStore } from '../../../../electron/services/store/document-store';
import { crashSpecs } from './crash-specs';

const dir = process.argv[2];
if (!dir) throw new Error('usage: writer <dir>');

const deps = {
  fileFactory: confStoreFile,
  notices: { add: (n: unknown) => process.stdout.write(`notice ${JSON.stringify(n)}\n`) },
  now: () => new Date(),
  // Back up on every write: the backup path runs under the kill too.
  backupPolicy: { ...defaultBackupPolicy, minIntervalMs: 0 },
};
const incidents = new DocumentStore(dir, crashSpecs.incidents, deps);
const answers = new DocumentStore(dir, crashSpecs.answers, deps);
process.stdout.write('ready\n');

let seq = incidents.get().length;
for (;;) {
  seq += 1;
  incidents.update((list) => [...list, { seq, title: `不審なメール ${seq}`, note: 'x'.repeat(seq % 200) }]);
  process.stdout.write(`ack incidents ${seq}\n`);
  answers.update((map) => ({ ...map, [`q${seq % 50}`]: seq }));
  process.stdout.write(`ack answers ${seq}\n`);
}
