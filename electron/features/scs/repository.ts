import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/result';
import type { Evidence } from '../../../shared/evidence/schema';
import { findCriterion, frameworkFor, scsStar3, type Framework } from '../../../shared/frameworks';
import { confirmationSubject } from '../../../shared/scs/binding';
import { answerFieldsSchema, gapValues, type AnswerFields, type ConfirmationTarget, type ExpertInput, type StoredAnswer, type Workbook } from '../../../shared/scs/schema';
import type { Language } from '../../../shared/settings/schema';
import type { Workspace } from '../../services/workspaces';
import { addAction } from '../actions';
import { readEvidence } from '../evidence';
import { readRegisters } from '../registers';
import { canonicalSha256 } from './fingerprint';
import { scsSpec } from './documents';

export function readWorkbooks(ws: Workspace): Workbook[] {
  return ws.document(scsSpec).get().workbooks;
}

/** The framework a workbook was answered against: an older version still opens with its own criteria. */
export function frameworkOf(workbook: Workbook): Framework {
  const found = frameworkFor(workbook.frameworkId, workbook.frameworkVersion);
  if (!found) throw new AppError('unsupported_version', `framework ${workbook.frameworkId} ${workbook.frameworkVersion}`);
  return found;
}

function workbookOf(ws: Workspace, workbookId: string): Workbook {
  const found = readWorkbooks(ws).find((w) => w.id === workbookId);
  if (!found) throw new AppError('not_found', 'workbook');
  return found;
}

function save(ws: Workspace, workbook: Workbook): Workbook {
  ws.document(scsSpec).update((doc) => ({ ...doc, workbooks: doc.workbooks.map((w) => (w.id === workbook.id ? workbook : w)) }));
  return workbook;
}

/**
 * Starts a year's workbook. A later year starts from the latest earlier year's answers, each
 * marked to re-confirm: ★3 lasts a year, and last year's "done" is a claim to check, not a fact.
 */
export function startWorkbook(ws: Workspace, year: number, now: Date): Workbook {
  const all = readWorkbooks(ws);
  const existing = all.find((w) => w.year === year);
  if (existing) return existing;
  const previous = all.filter((w) => w.year < year).sort((a, b) => b.year - a.year)[0];
  const at = now.toISOString();
  const answers = previous && previous.frameworkVersion === scsStar3.version ? previous.answers : {};
  const created: Workbook = {
    id: randomUUID(),
    frameworkId: scsStar3.id as 'scs-star3',
    frameworkVersion: scsStar3.version,
    year,
    scope: previous?.scope ?? '',
    startedAt: at,
    updatedAt: at,
    answers,
    history: [],
    confirmations: [],
    reconfirm: Object.keys(answers),
    pledgedOn: null,
  };
  ws.document(scsSpec).update((doc) => ({ ...doc, workbooks: [...doc.workbooks, created] }));
  return created;
}

/** The latest signed pledge's day over all years: the calendar counts ★3's year from it. */
export function latestPledge(ws: Workspace): string | null {
  return readWorkbooks(ws).reduce<string | null>((latest, w) => (w.pledgedOn && (!latest || w.pledgedOn > latest) ? w.pledgedOn : latest), null);
}

export function setPledged(ws: Workspace, workbookId: string, pledgedOn: string | null, now: Date): Workbook {
  return save(ws, { ...workbookOf(ws, workbookId), pledgedOn, updatedAt: now.toISOString() });
}

export function setScope(ws: Workspace, workbookId: string, scope: string, now: Date): Workbook {
  return save(ws, { ...workbookOf(ws, workbookId), scope, updatedAt: now.toISOString() });
}

const refuse = (path: string, code: string) => new AppError('invalid_request', code, [{ path: [path], code }]);

export interface AnswerCommand {
  workbookId: string;
  frameworkVersion: string;
  criterionId: string;
  answer: AnswerFields;
  actionDue: string;
  language: Language;
}

/** Saves one answer; the previous goes to history, and a new gap gets its action. */
export function answerCriterion(ws: Workspace, command: AnswerCommand, now: Date): Workbook {
  const workbook = workbookOf(ws, command.workbookId);
  if (command.frameworkVersion !== workbook.frameworkVersion) throw refuse('frameworkVersion', 'unknown_framework_version');
  const criterion = findCriterion(frameworkOf(workbook), command.criterionId);
  if (!criterion) throw refuse('criterionId', 'unknown_criterion');
  const fields = answerFieldsSchema.parse(command.answer);
  const before = workbook.answers[criterion.id];
  // A row linked before and deleted from its register since may stay linked (the page shows it
  // as deleted, to untick), so the rest of the answer can still be changed; a new link must exist.
  const known = new Set(Object.values(readRegisters(ws)).flatMap((rows: { id: string }[]) => rows.map((r) => r.id)));
  for (const ref of before?.registerRefs ?? []) known.add(ref);
  if (fields.registerRefs.some((ref) => !known.has(ref))) throw refuse('registerRefs', 'unknown_register_entry');
  const at = now.toISOString();
  const isGap = gapValues.includes(fields.value);
  let actionId = isGap && before && gapValues.includes(before.value) ? before.actionId : null;
  if (isGap && !actionId) {
    const title = `SCS ★3 ${criterion.id} ${criterion.label[command.language]}`.slice(0, 200);
    actionId = addAction(ws, { title, dueDate: command.actionDue, note: fields.how }, now).id;
  }
  const answer: StoredAnswer = { ...fields, answeredAt: at, actionId };
  return save(ws, {
    ...workbook,
    updatedAt: at,
    answers: { ...workbook.answers, [criterion.id]: answer },
    history: before ? [...workbook.history, { criterionId: criterion.id, answer: before, replacedAt: at }] : workbook.history,
    reconfirm: workbook.reconfirm.filter((id) => id !== criterion.id),
  });
}

export function fingerprintOf(workbook: Workbook, evidence: readonly Evidence[], target: ConfirmationTarget): string {
  return canonicalSha256(confirmationSubject(frameworkOf(workbook), workbook, evidence, target));
}

/** Adds an expert's confirmation or advice, bound to the fingerprint of what is there now. */
export function confirm(ws: Workspace, workbookId: string, target: ConfirmationTarget, expert: ExpertInput, now: Date): Workbook {
  const workbook = workbookOf(ws, workbookId);
  const framework = frameworkOf(workbook);
  const known = target.kind === 'criterion' ? !!findCriterion(framework, target.id) : framework.parts.some((p) => p.id === target.id);
  if (!known) throw refuse('target', target.kind === 'criterion' ? 'unknown_criterion' : 'unknown_category');
  const fingerprint = fingerprintOf(workbook, readEvidence(ws), target);
  const confirmation = { ...expert, note: expert.note ?? '', id: randomUUID(), target, fingerprint, recordedAt: now.toISOString() };
  return save(ws, { ...workbook, confirmations: [...workbook.confirmations, confirmation], updatedAt: now.toISOString() });
}
