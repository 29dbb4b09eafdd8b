import { criteriaOf } from '../frameworks';
import { shortFingerprint } from '../fingerprint/short-form';
import { resources } from '../i18n/resources';
import type { Sheet } from '../summary/insurer/sheets';
import { fill } from '../summary/text';
import { packageFramework, type ScsPackageInput } from './package-input';

/** The answers as one worksheet, a row per criterion: the same facts as the package's answer table. */
export function answerSheet(input: ScsPackageInput): Sheet {
  const text = resources[input.language].scs;
  const framework = packageFramework(input);
  const c = text.package.columns;
  const lang = input.language;
  return {
    name: 'SCS ★3',
    preamble: [text.package.title, `${text.package.company}: ${input.company}`, `${text.package.scope}: ${input.scope || text.package.noScope}`, `${text.package.version}: ${input.frameworkVersion} · ${text.package.made}: ${input.madeOn}`, fill(text.fingerprint, { fingerprint: shortFingerprint(input.fingerprint) })],
    header: [c.id, c.criterion, c.answer, text.form.reason, text.form.scope, text.form.how, c.evidence],
    widths: [10, 40, 12, 30, 24, 50, 40],
    rows: criteriaOf(framework).map((criterion) => {
      const answer = input.answers[criterion.id];
      const evidence = (input.evidence[criterion.id] ?? []).map((e) => `${e.title} (${e.appliesOn}${e.hashPrefix ? ` · ${e.hashPrefix}` : ''})`).join('\n');
      return [criterion.id, criterion.label[lang], answer ? text.form.values[answer.value] : text.package.unanswered, answer?.reason ?? '', answer?.scope ?? '', answer?.how ?? '', evidence];
    }),
  };
}
