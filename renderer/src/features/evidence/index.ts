/** The evidence feature's public module for other pages (a self-check answer, a register row or a record links to its evidence). */
export { EvidenceForAnswerLink } from './EvidenceForAnswerLink';
export { EvidenceCountLink } from './EvidenceCountLink';
export { EvidenceForRecordLink } from './EvidenceForRecordLink';
export { EvidenceForClaimLink } from './EvidenceForClaimLink';
