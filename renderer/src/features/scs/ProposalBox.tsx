import { useTranslation } from 'react-i18next';
import type { Proposal } from '../../../../shared/scs/proposals';
import { markOf } from './marks';

/** A proposed answer and the data it rests on; using it only fills the form. */
export function ProposalBox({ proposal, onUse }: { proposal: Proposal; onUse: () => void }) {
  const { t } = useTranslation('scs');
  const source = t(`sources.${proposal.source}`);
  return (
    <section className="card scs-proposal" aria-labelledby="scs-proposal-heading">
      <h2 id="scs-proposal-heading">{t('proposals.heading', { source })}</h2>
      <p>
        <span className="scs-mark" aria-hidden="true">{markOf(proposal.value)}</span> <strong>{t(`form.values.${proposal.value}`)}</strong> — {t(`proposals.${proposal.rule}` as 'proposals.deviceList', proposal.facts)}
      </p>
      <p className="scs-muted">{t('proposals.note')}</p>
      <button type="button" className="button button-secondary" onClick={onUse}>{t('proposals.use')}</button>
    </section>
  );
}
