import { demoSelfCheck } from '../../../shared/self-check/demo';
import { actionsSpec } from '../actions';
import { assessmentsSpec, securityPolicySpec } from './documents';
import type { Workspace } from '../../services/workspaces';

/** The self-check's sample data: two finished checks, the basic policy and a few actions. */
export function seedSelfCheck(ws: Workspace, today: Date): void {
  const demo = demoSelfCheck(today);
  ws.document(assessmentsSpec).set(demo.assessments);
  ws.document(securityPolicySpec).set(demo.policy);
  // Other features (incidents) may seed actions too: add ours instead of replacing.
  ws.document(actionsSpec).update((all) => [...all, ...demo.actions]);
}
