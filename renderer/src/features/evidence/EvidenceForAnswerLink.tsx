import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { evidenceFor } from '../../../../shared/evidence/status';
import { evidencePathFor } from './claim-param';
import { useEvidence } from './use-evidence';

/** Under a self-check question: how much evidence backs this answer, and the way to add some. */
export function EvidenceForAnswerLink({ questionId }: { questionId: string }) {
  const { t } = useTranslation('evidence');
  const evidence = useEvidence();
  const claim = { kind: 'selfCheckAnswer' as const, id: questionId };
  const count = evidenceFor(evidence.data ?? [], claim).length;
  return (
    <Link href={evidencePathFor(claim)} className="evidence-answer-link">
      {t('attachForAnswer', { count })}
    </Link>
  );
}
