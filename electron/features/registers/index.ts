/** The registers feature's public module: what other features may use (the incident helper's people count reads these). */
export { readRegisters } from './repository';
export { registersSpec } from './documents';
export { isZip, readXlsx } from './sheet-files';
