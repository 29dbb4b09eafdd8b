import { catalogEn } from '../../self-check/catalog-en';
import { catalogJa } from '../../self-check/catalog-ja';
import type { QuestionId } from '../../self-check/question-ids';
import type { Language } from '../../settings/schema';
import { fill, formatDay, pdfText } from '../text';
import type { ControlEvidence } from './controls';

/** One evidence line in words (PDF and spreadsheet alike): which answer and its day, or that nothing asks. */
export function evidenceText(evidence: ControlEvidence, language: Language): string {
  const text = pdfText(language);
  const t = text.insurer.controls;
  switch (evidence.kind) {
    case 'answer': {
      const catalog = language === 'ja' ? catalogJa : catalogEn;
      return fill(t.answer, {
        number: evidence.questionId.slice(1),
        label: catalog[evidence.questionId as QuestionId]?.label ?? evidence.questionId,
        answer: text.weak.answers[evidence.answer],
        date: formatDay(evidence.date, language),
      });
    }
    case 'securityService':
      return fill(t.securityService, { name: evidence.name }) + (evidence.contractId ? fill(t.contract, { number: evidence.contractId }) : '');
    case 'notAsked':
      return t.notAsked;
  }
}

/** Every line behind a control, with "no answer" / "no contract" where the data is silent. */
export function evidenceLines(control: { id: string; evidence: ControlEvidence[] }, securityServiceName: string, language: Language): string[] {
  const t = pdfText(language).insurer.controls;
  const lines = control.evidence.map((e) => evidenceText(e, language));
  // Asked but not answered (or no finished self-check): say so, so 不明 never stands unexplained.
  if (!control.evidence.some((e) => e.kind === 'answer' || e.kind === 'notAsked')) lines.unshift(t.noAnswer);
  if (control.id === 'incidentResponse' && !securityServiceName) lines.push(t.noService);
  return lines;
}
