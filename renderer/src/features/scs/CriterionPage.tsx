import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { localDay } from '../../../../shared/dates/local-day';
import type { Proposal } from '../../../../shared/scs/proposals';
import { PageHeader } from '../../components/PageHeader';
import { EvidenceForClaimLink } from '../evidence';
import { AnswerForm } from './AnswerForm';
import { ExpertPanel } from './ExpertPanel';
import { ProposalBox } from './ProposalBox';
import { useWorkbook } from './use-scs';
import { nextCriterion, workbookModel } from './workbook-model';

/** One criterion: its help, the proposal from the company's data, the answer, evidence, the expert. */
export function CriterionPage({ criterionId }: { criterionId: string }) {
  const { t, i18n } = useTranslation('scs');
  const lang = i18n.language === 'en' ? 'en' : 'ja';
  const view = useWorkbook(localDay());
  const [used, setUsed] = useState<Proposal | null>(null);
  if (!view.data) return null;
  const model = workbookModel(view.data);
  const criterion = model.criteria.find((c) => c.id === criterionId);
  if (!criterion) return <p role="alert">{t('errors.notFound')}</p>;
  const requirement = model.framework.parts.flatMap((p) => p.requirements).find((r) => r.id === criterion.requirementId)!;
  const { workbook } = view.data;
  const proposal = view.data.proposals.find((p) => p.criterionId === criterionId) ?? null;
  const evidence = view.data.evidence[criterionId] ?? [];
  const history = workbook.history.filter((h) => h.criterionId === criterionId);
  return (
    <div className="page scs-page">
      <p><Link href="/">← {t('title')}</Link></p>
      <PageHeader title={`${criterion.id} ${criterion.label[lang]}`} lead={`${requirement.id} ${requirement.title[lang]}`} />
      <div className="scs-help">
        {criterion.help ? <p>{criterion.help[lang]}</p> : <><p>{requirement.help[lang]}</p><p className="scs-muted">{t('form.officialHelp')}</p></>}
        {view.data.official?.texts[criterionId] && (
          <blockquote className="scs-official-text">
            <strong>{t('official.wording')}</strong>
            <p>{view.data.official.texts[criterionId]}</p>
          </blockquote>
        )}
      </div>
      {view.data.previous && (
        <p className="scs-muted">
          {view.data.previous.answers[criterionId] ? t('renewal.previous', { year: view.data.previous.year, value: t(`form.values.${view.data.previous.answers[criterionId] as 'done'}`) }) : t('renewal.previousNone', { year: view.data.previous.year })}
        </p>
      )}
      {proposal && <ProposalBox proposal={proposal} onUse={() => setUsed({ ...proposal })} />}
      <AnswerForm workbook={workbook} criterionId={criterionId} nextId={nextCriterion(model, workbook, criterionId)} proposal={used} />
      <section className="scs-evidence" aria-label={t('form.evidence', { count: evidence.length })}>
        <EvidenceForClaimLink claim={{ kind: 'scsCriterion', id: criterionId }} label={(count) => t('form.evidence', { count })} />
        {evidence.length > 0 && (
          <ul>{evidence.map((e) => <li key={e.id}>{e.title} · {e.appliesOn}{e.hashPrefix ? ` · ${e.hashPrefix}` : ''}</li>)}</ul>
        )}
      </section>
      {history.length > 0 && (
        <details className="scs-history">
          <summary>{t('form.history', { count: history.length })}</summary>
          <ul>{history.map((h) => <li key={h.replacedAt}>{t('form.historyRow', { date: h.answer.answeredAt.slice(0, 10), value: t(`form.values.${h.answer.value}`) })}{h.answer.how && ` — ${h.answer.how}`}</li>)}</ul>
        </details>
      )}
      <ExpertPanel view={view.data} criterionId={criterionId} categoryId={criterion.partId} categoryName={model.framework.parts.find((p) => p.id === criterion.partId)!.title[lang]} />
    </div>
  );
}
