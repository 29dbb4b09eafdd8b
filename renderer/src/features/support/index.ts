// The support feature's public module: its section on the Settings page.
export { SupportSection } from './SupportSection';
