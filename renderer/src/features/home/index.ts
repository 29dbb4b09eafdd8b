// The home page: the app's dashboard, which shows every feature's panel.
export { HomePage } from './HomePage';
