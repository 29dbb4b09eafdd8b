// The actions feature's public module: other features make and read actions only through this.
export { addAction } from './action-plan';
export { actionsSpec } from './documents';
