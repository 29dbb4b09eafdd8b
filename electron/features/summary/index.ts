// The summary feature's public module: what the command line needs to print a summary.
export { collectSummaryInput, collectSummaryInputs, type SummaryInputs } from './collect-input';
export { renderSummaryPdf } from './generate';
export { writeWorkbook } from './xlsx';
