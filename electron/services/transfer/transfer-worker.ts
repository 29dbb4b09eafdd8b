import { serveJobs } from '../off-thread/serve-jobs';
import { runTransferJob } from './transfer-jobs';

/** Worker entry (its own bundle, out/main/transfer-worker.js): export sealing and import reading. */
serveJobs(runTransferJob);
