import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { evidenceFor } from '../../../../shared/evidence/status';
import { evidencePathFor } from './claim-param';
import { useEvidence } from './use-evidence';

/** Under a record (a training, a restore test…): how much evidence backs it, and the way to add some. */
export function EvidenceForRecordLink({ recordId, label }: { recordId: string; label: (count: number) => string }) {
  useTranslation('evidence');
  const evidence = useEvidence();
  const claim = { kind: 'record' as const, id: recordId };
  const count = evidenceFor(evidence.data ?? [], claim).length;
  return (
    <Link href={evidencePathFor(claim)} className="evidence-answer-link">
      {label(count)}
    </Link>
  );
}
