// The statistics feature's public module: what the stats command line uses.
export { collectFacts, factsFile, factsReport, type FactsSource } from './statistics';
export { reportPdf, reportWorkbook } from './report-file';
