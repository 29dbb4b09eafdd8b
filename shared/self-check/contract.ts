import { command, query } from '../api/endpoint';
import { noInput } from '../schemas/common';
import {
  answerRequest,
  assessmentRef,
  positionRequest,
  securityPolicySchema,
  startRequest,
  type Assessment,
  type SecurityPolicy,
} from './schema';
import type { ProvenWeakness } from './weakness';

export const selfCheckContract = {
  /** Every assessment, finished or not, oldest first. */
  list: query<Assessment[]>()(noInput, { reads: ['self-checks'] }),
  /** Returns the unfinished check to resume, or starts a new one against the given catalog. */
  start: command<Assessment>()(startRequest),
  /** Saves one answer (and where the wizard stands) immediately. */
  answer: command<Assessment>()(answerRequest),
  setPosition: command<Assessment>()(positionRequest),
  /** Finishes a check whose 25 answers are all given; an incomplete one is refused. */
  finish: command<Assessment>()(assessmentRef),
  discard: command<null>()(assessmentRef),
  getPolicy: query<SecurityPolicy>()(noInput, { reads: ['security-policy'] }),
  savePolicy: command<SecurityPolicy>()(securityPolicySchema),
  /** Questions incidents proved weak (written by the incident log). */
  weaknesses: query<ProvenWeakness[]>()(noInput, { reads: ['weaknesses'] }),
};
