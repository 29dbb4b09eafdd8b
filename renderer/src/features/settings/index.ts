// The settings feature's public module: the language switch is also offered on first run.
export { LanguageSwitch } from './LanguageSwitch';
