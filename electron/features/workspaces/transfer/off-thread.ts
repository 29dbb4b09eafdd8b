import { createWorkerClient } from '../../../services/off-thread/worker-client';
import { runTransferJob, type ReadJobResult, type SealJobResult, type TransferJob, type TransferJobResult } from './transfer-jobs';

// In place (unit tests run the sources, with no built worker) the registry is loaded on first use:
// a static import of the feature table from inside a feature would be an import circle.
const runJob = createWorkerClient<TransferJob, TransferJobResult>('transfer-worker.js', async (job) => runTransferJob(job, (await import('../../index')).featureDocuments));

/** Reads, decrypts and checks an outside file in the transfer worker; the documents come back as JSON. */
export function readExportOffThread(text: string, passphrase?: string): Promise<ReadJobResult> {
  return runJob({ kind: 'read', text, passphrase }) as Promise<ReadJobResult>;
}

/** Builds (and encrypts, given a passphrase) the export text and its fingerprint in the transfer worker. */
export function sealExportOffThread(job: Omit<Extract<TransferJob, { kind: 'seal' }>, 'kind'>): Promise<SealJobResult> {
  return runJob({ kind: 'seal', ...job }) as Promise<SealJobResult>;
}
