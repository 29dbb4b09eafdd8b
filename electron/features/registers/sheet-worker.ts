import { serveJobs } from '../../services/off-thread/serve-jobs';
import { runSheetJob } from './sheet-job';

/**
 * Worker entry (its own bundle, out/main/registers-sheet-worker.js): writes and reads register
 * spreadsheets, so a 2,000-row .xlsx never holds up the back end's other API calls.
 */
serveJobs(runSheetJob);
