import { useEffect, useMemo, useState } from 'react';
import type { passphraseStrength, PassphraseStrength } from '../../../../shared/workspaces/transfer/passphrase-strength';

type Estimator = typeof passphraseStrength;

/**
 * The zxcvbn-ts verdict on a passphrase being typed, or null while the estimator loads. It is
 * loaded on demand: its dictionaries (~240 KB gzip, its own chunk) would otherwise weigh on every start-up.
 * The back end enforces the same rule, so a submit before it loads is still checked.
 */
export function usePassphraseStrength(passphrase: string, userInputs: string[]): PassphraseStrength | null {
  const [estimate, setEstimate] = useState<Estimator | null>(null);
  useEffect(() => {
    let alive = true;
    void import('../../../../shared/workspaces/transfer/passphrase-strength').then((module) => {
      if (alive) setEstimate(() => module.passphraseStrength);
    });
    return () => {
      alive = false;
    };
  }, []);
  const inputs = userInputs.join('\n');
  return useMemo(() => (estimate ? estimate(passphrase, inputs ? inputs.split('\n') : []) : null), [estimate, passphrase, inputs]);
}
