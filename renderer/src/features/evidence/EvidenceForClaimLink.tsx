import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type { ClaimRef } from '../../../../shared/evidence/schema';
import { evidenceFor } from '../../../../shared/evidence/status';
import { evidencePathFor } from './claim-param';
import { useEvidence } from './use-evidence';

/** Under any claim (an SCS criterion…): how much evidence backs it, and the way to add some. */
export function EvidenceForClaimLink({ claim, label }: { claim: ClaimRef; label: (count: number) => string }) {
  useTranslation('evidence');
  const evidence = useEvidence();
  const count = evidenceFor(evidence.data ?? [], claim).length;
  return (
    <Link href={evidencePathFor(claim)} className="evidence-answer-link">
      {label(count)}
    </Link>
  );
}
