/** The evidence feature's public module for other pages (the self-check links an answer to its evidence, a register row its own). */
export { EvidenceForAnswerLink } from './EvidenceForAnswerLink';
export { EvidenceCountLink } from './EvidenceCountLink';
