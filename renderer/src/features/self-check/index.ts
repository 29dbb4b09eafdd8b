// The self-check feature's public module: what other features (the action plan) may use.
export { catalogOf, finishedNewestFirst, openAssessment } from './model';
export { useAssessments } from './use-self-check';
