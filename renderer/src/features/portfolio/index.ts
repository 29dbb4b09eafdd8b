// The portfolio feature's public module: its settings section (the sample portfolio).
export { SamplePortfolioSection } from './SamplePortfolioSection';
