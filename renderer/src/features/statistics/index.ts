// The statistics feature's public module: its page sits under the portfolio (no menu entry of its own).
export { StatisticsPage } from './StatisticsPage';
