// The settings feature's public module. Settings are app-wide (one file beside the companies).
export { settingsSpec } from './documents';
