// The self-check feature's public module: its results and the weak points incidents prove.
export { assessmentsSpec, securityPolicySpec } from './documents';
export { forgetIncidentWeaknesses, markProvenWeak, weaknessesSpec } from './weaknesses';
