/** The evidence feature's public module for other pages (a self-check answer or a record links to its evidence). */
export { EvidenceForAnswerLink } from './EvidenceForAnswerLink';
export { EvidenceForRecordLink } from './EvidenceForRecordLink';
