import { catalogEn } from '../../self-check/catalog-en';
import { catalogJa } from '../../self-check/catalog-ja';
import type { QuestionId } from '../../self-check/question-ids';
import type { Language } from '../../settings/schema';
import { resources } from '../../i18n/resources';
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
    case 'file':
      return evidence.hashPrefix
        ? fill(t.fileHash, { title: evidence.title, date: formatDay(evidence.date, language), hash: evidence.hashPrefix })
        : fill(t.file, { title: evidence.title, date: formatDay(evidence.date, language) });
    case 'cloudRegister':
    case 'deviceRegister':
      return registerLines(evidence, language).join('\n');
    case 'deviceUpdates': {
      const facts = resources[language].registers.facts;
      const names = (list: string[]) => list.join(language === 'ja' ? '、' : ', ');
      const lines = [evidence.notRecentlyChecked.length ? fill(facts.devicesNotChecked, { total: evidence.total, count: evidence.notRecentlyChecked.length, names: names(evidence.notRecentlyChecked) }) : fill(facts.devicesAllChecked, { total: evidence.total })];
      if (evidence.endOfLife.length) lines.push(fill(facts.endOfLife, { names: names(evidence.endOfLife) }));
      return lines.join('\n');
    }
    case 'restoreTest':
      return fill(t.restoreTest, { date: formatDay(evidence.date, language), restored: evidence.restored, result: t.restoreResults[evidence.result] }) + (evidence.recent ? '' : t.older);
    case 'trainingRecord':
      return fill(t.training, { date: formatDay(evidence.date, language), content: evidence.content }) + (evidence.recent ? '' : t.older);
  }
}

/** A register's coverage in words: everything covered, or which devices or services are not (or not known). */
function registerLines(evidence: Extract<ControlEvidence, { kind: 'cloudRegister' | 'deviceRegister' }>, language: Language): string[] {
  const t = pdfText(language).insurer.controls;
  const cloud = evidence.kind === 'cloudRegister';
  const names = (list: string[]) => list.join(language === 'ja' ? '、' : ', ');
  if (evidence.off.length === 0 && evidence.unknown.length === 0) return [fill(cloud ? t.cloudAllOn : t.deviceAllOn, { total: evidence.total })];
  const lines: string[] = [];
  if (evidence.off.length) lines.push(fill(cloud ? t.cloudOff : t.deviceOff, { names: names(evidence.off) }));
  if (evidence.unknown.length) lines.push(fill(cloud ? t.cloudUnknown : t.deviceUnknown, { names: names(evidence.unknown) }));
  return lines;
}

/** Every line behind a control, with "no answer" / "no contract" where the data is silent. */
export function evidenceLines(control: { id: string; evidence: ControlEvidence[] }, securityServiceName: string, language: Language): string[] {
  const t = pdfText(language).insurer.controls;
  const lines = control.evidence.map((e) => evidenceText(e, language));
  // Asked but not answered (or no finished self-check): say so, so 不明 never stands unexplained.
  if (!control.evidence.some((e) => e.kind !== 'file' && e.kind !== 'securityService')) lines.unshift(t.noAnswer);
  if (control.id === 'incidentResponse' && !securityServiceName) lines.push(t.noService);
  return lines;
}
