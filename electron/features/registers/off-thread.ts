import { createWorkerClient } from '../../services/off-thread/worker-client';
import { runSheetJob, type SheetJob, type SheetJobResult } from './sheet-job';

/** Runs a spreadsheet job in the registers worker when it is built (both hosts); in place under unit tests. */
export const runSheetJobOffThread = createWorkerClient<SheetJob, SheetJobResult>('registers-sheet-worker.js', runSheetJob);
