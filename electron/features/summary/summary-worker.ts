import { serveJobs } from '../../services/off-thread/serve-jobs';
import { runSummaryJob } from './summary-job';

/**
 * Worker entry (its own bundle, out/main/summary-worker.js): builds the summary input, lays out
 * and renders the PDF, so neither the mapping nor pdfmake's synchronous layout holds up the back
 * end's other API calls.
 */
serveJobs(runSummaryJob);
