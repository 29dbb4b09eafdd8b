/** The evidence feature's public module for other pages (the self-check links an answer to its evidence). */
export { EvidenceForAnswerLink } from './EvidenceForAnswerLink';
