import { Link } from 'wouter';
import { evidenceFor } from '../../../../shared/evidence/status';
import type { ClaimRef } from '../../../../shared/evidence/schema';
import { evidencePathFor } from './claim-param';
import { useEvidence } from './use-evidence';

/** A short link to the evidence page for one claim (a register row), with how much backs it. */
export function EvidenceCountLink({ claim, label, describedBy }: { claim: ClaimRef; label: string; describedBy?: string }) {
  const evidence = useEvidence();
  const count = evidenceFor(evidence.data ?? [], claim).length;
  return (
    <Link href={evidencePathFor(claim)} className="evidence-count-link" aria-describedby={describedBy}>
      {label} ({count})
    </Link>
  );
}
