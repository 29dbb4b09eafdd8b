/**
 * The registers feature's public module: the self-check shows what the registers say under a
 * question, and the incident helper proposes the people affected from the information register.
 */
export { RegisterFactsForQuestion } from './RegisterFactsForQuestion';
export { PersonalDataFromRegister, type PersonalDataProposal } from './PersonalDataFromRegister';
