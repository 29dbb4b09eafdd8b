// The portfolio feature's public module: the sample portfolio (the stats command line makes one).
export { createSamplePortfolio } from './sample';
