/** The registers feature's public module: the self-check shows what the registers say under a question. */
export { RegisterFactsForQuestion } from './RegisterFactsForQuestion';
