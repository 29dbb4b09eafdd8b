import { createWorkerClient } from '../off-thread/worker-client';
import { runTransferJob, type ReadJobResult, type SealJobResult, type TransferJob, type TransferJobResult } from './transfer-jobs';

const runJob = createWorkerClient<TransferJob, TransferJobResult>('transfer-worker.js', runTransferJob);

/** Reads, decrypts and checks an outside file in the transfer worker; the documents come back as JSON. */
export function readExportOffThread(text: string, passphrase?: string): Promise<ReadJobResult> {
  return runJob({ kind: 'read', text, passphrase }) as Promise<ReadJobResult>;
}

/** Builds (and encrypts, given a passphrase) the export text and its fingerprint in the transfer worker. */
export function sealExportOffThread(job: Omit<Extract<TransferJob, { kind: 'seal' }>, 'kind'>): Promise<SealJobResult> {
  return runJob({ kind: 'seal', ...job }) as Promise<SealJobResult>;
}
