import { useTranslation } from 'react-i18next';
import type { PassphraseStrength } from '../../../../shared/workspaces/transfer/passphrase-strength';

/**
 * What the export form says about the passphrase being typed: the same verdict (zxcvbn-ts,
 * shared/workspaces/transfer/passphrase-strength.ts) the back end enforces, with one hint on how to do better.
 */
export function PassphraseFeedback({ id, strength, asError }: { id: string; strength: PassphraseStrength; asError: boolean }) {
  const { t } = useTranslation('workspaces');
  if (strength.strong) return <p id={id} className="field-help" data-strength={strength.score}>{t('passphraseStrong')}</p>;
  return (
    <p id={id} className={asError ? 'field-error' : 'field-help'} data-strength={strength.score} role={asError ? 'alert' : undefined}>
      {t('passphraseWeak')} {strength.hint && t(`passphraseHint.${strength.hint}`)}
    </p>
  );
}
