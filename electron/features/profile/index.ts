// The profile feature's public module: the company profile other features print or check.
export { profileSpec } from './documents';
