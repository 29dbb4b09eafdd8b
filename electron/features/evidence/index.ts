/** The evidence feature's public module: what other features may use. */
export { readEvidence } from './repository';
export { evidenceSpec } from './documents';
