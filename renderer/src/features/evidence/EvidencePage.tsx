import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import { localDay } from '../../../../shared/dates/local-day';
import { filterEvidence, type EvidenceFilter } from '../../../../shared/evidence/status';
import { PageHeader } from '../../components/PageHeader';
import { evidenceFilters, evidenceView } from './claim-param';
import { EvidenceForm } from './EvidenceForm';
import { EvidenceList } from './EvidenceList';
import { useEvidence } from './use-evidence';
import { useClaimText } from './use-claim-text';
import './evidence.css';

/** 証跡: add evidence (for one answer when opened from it), and the list with its filters. */
export function EvidencePage() {
  const { t } = useTranslation('evidence');
  const [location] = useLocation();
  const view = evidenceView(location);
  const claim = view.claim;
  const [filter, setFilter] = useState<EvidenceFilter>(view.filter);
  const [saved, setSaved] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);
  const evidence = useEvidence();
  const claimText = useClaimText(claim);
  const today = localDay();
  const all = evidence.data ?? [];
  const shown = filterEvidence(all, filter, today);
  const claimLabel = claim ? claimText(claim) : null;

  return (
    <div className="page evidence-page">
      <PageHeader title={t('title')} lead={t('lead')} />
      {saved && <p className="alert alert-success" role="status">{t('form.saved', { title: saved })}</p>}
      <EvidenceForm
        key={formKey}
        claim={claim}
        claimLabel={claimLabel}
        onSaved={(title) => {
          setSaved(title);
          setFormKey((k) => k + 1);
        }}
      />
      <div className="evidence-filters" role="group" aria-label={t('filters.label')}>
        {evidenceFilters.map((f) => (
          <button key={f} type="button" className={`button ${filter === f ? 'button-primary' : 'button-secondary'}`} aria-pressed={filter === f} onClick={() => setFilter(f)}>
            {t(`filters.${f}`)} ({filterEvidence(all, f, today).length})
          </button>
        ))}
      </div>
      {all.length === 0 ? <p className="muted">{t('list.empty')}</p> : shown.length === 0 ? <p className="muted">{t('list.none')}</p> : <EvidenceList items={shown} today={today} />}
    </div>
  );
}
