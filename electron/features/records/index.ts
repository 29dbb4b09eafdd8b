/** The records feature's public module: what other features may use (the summary prints records). */
export { readRecords } from './repository';
export { recordsSpec } from './documents';
