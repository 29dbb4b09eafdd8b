import { endpoint } from '../endpoint';
import { noInput } from '../../schemas/common';
import {
  answerRequest,
  assessmentRef,
  positionRequest,
  securityPolicySchema,
  startRequest,
  type Assessment,
  type SecurityPolicy,
} from '../../schemas/self-check';
import type { ProvenWeakness } from '../../schemas/weakness';

export const selfCheckContract = {
  /** Every assessment, finished or not, oldest first. */
  list: endpoint<Assessment[]>()(noInput),
  /** Returns the unfinished check to resume, or starts a new one against the given catalog. */
  start: endpoint<Assessment>()(startRequest),
  /** Saves one answer (and where the wizard stands) immediately. */
  answer: endpoint<Assessment>()(answerRequest),
  setPosition: endpoint<Assessment>()(positionRequest),
  /** Finishes a check whose 25 answers are all given; an incomplete one is refused. */
  finish: endpoint<Assessment>()(assessmentRef),
  discard: endpoint<null>()(assessmentRef),
  getPolicy: endpoint<SecurityPolicy>()(noInput),
  savePolicy: endpoint<SecurityPolicy>()(securityPolicySchema),
  /** Questions incidents proved weak (written by the incident log). */
  weaknesses: endpoint<ProvenWeakness[]>()(noInput),
};
