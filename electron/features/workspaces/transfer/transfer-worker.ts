import { serveJobs } from '../../../services/off-thread/serve-jobs';
import { featureDocuments } from '../../index';
import { runTransferJob } from './transfer-jobs';

/** Worker entry (its own bundle, out/main/transfer-worker.js): export sealing and import reading. */
serveJobs((job: Parameters<typeof runTransferJob>[0]) => runTransferJob(job, featureDocuments));
