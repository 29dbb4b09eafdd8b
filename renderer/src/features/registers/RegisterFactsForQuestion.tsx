import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { localDay } from '../../../../shared/dates/local-day';
import { cloudMfaFacts, deviceUpdateFacts } from '../../../../shared/registers/facts';
import { useRegisters } from './use-registers';

/** The questions the registers say something about: updates (q01), passwords and two-step sign-in (q03). */
const questions = { q01: 'devices', q03: 'cloud' } as const;

/** Under a self-check question: what the company's own registers show about it, with a way there. */
export function RegisterFactsForQuestion({ questionId }: { questionId: string }) {
  const { t } = useTranslation('registers');
  const registers = useRegisters();
  const kind = questions[questionId as keyof typeof questions];
  if (!kind || !registers.data || registers.data[kind].length === 0) return null;
  const lines: string[] = [];
  if (kind === 'devices') {
    const facts = deviceUpdateFacts(registers.data.devices, localDay());
    const names = facts.notRecentlyChecked.join(t('listSeparator'));
    lines.push(facts.notRecentlyChecked.length ? t('facts.devicesNotChecked', { total: facts.total, count: facts.notRecentlyChecked.length, names }) : t('facts.devicesAllChecked', { total: facts.total }));
    if (facts.endOfLife.length) lines.push(t('facts.endOfLife', { names: facts.endOfLife.join(t('listSeparator')) }));
  } else {
    const facts = cloudMfaFacts(registers.data.cloud);
    if (facts.mfaOff.length) lines.push(t('facts.mfaOff', { names: facts.mfaOff.join(t('listSeparator')) }));
    if (facts.mfaUnknown.length) lines.push(t('facts.mfaUnknown', { names: facts.mfaUnknown.join(t('listSeparator')) }));
    if (!lines.length) lines.push(t('facts.mfaAllOn', { total: facts.total }));
  }
  return (
    <div className="register-facts" data-testid="register-facts">
      {lines.map((line) => (
        <p key={line}>{line}</p>
      ))}
      <Link href={`~/registers/${kind}`}>{t('facts.open')}</Link>
    </div>
  );
}
