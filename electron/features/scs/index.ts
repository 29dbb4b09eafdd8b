/** The SCS feature's public module: what the command line needs to print the ★3 package. */
export { collectPackageInput, renderScsPackage } from './package';
export { latestPledge } from './repository';
