import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { personalDataPeople } from '../../../../shared/registers/facts';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../i18n/format';
import { useRegisters } from './use-registers';

export interface PersonalDataProposal {
  people: number;
  /** The kinds of personal data the ticked information holds, joined for the form's field. */
  dataItems: string;
}

/**
 * In the incident helper: the information the company's register marks as personal data, to tick
 * what may have been affected. Nothing is filled in until the owner asks; the number is a
 * proposal to correct, never silently taken.
 */
export function PersonalDataFromRegister({ onUse }: { onUse: (proposal: PersonalDataProposal) => void }) {
  const { t } = useTranslation('registers');
  const language = useLanguage();
  const registers = useRegisters();
  const [ticked, setTicked] = useState<string[]>([]);
  const [used, setUsed] = useState<{ people: number; unknown: boolean } | null>(null);
  const rows = (registers.data?.information ?? []).filter((row) => row.personalData);
  if (rows.length === 0) return null;
  const use = () => {
    const chosen = rows.filter((row) => ticked.includes(row.id));
    const facts = personalDataPeople(chosen);
    const dataItems = [...new Set(chosen.flatMap((row) => row.personalKinds.split(/[、,，]/).map((s) => s.trim())).filter(Boolean))].join('、');
    onUse({ people: facts.people, dataItems });
    setUsed({ people: facts.people, unknown: facts.unknownRows > 0 });
  };
  return (
    <div className="register-facts personal-from-register" data-testid="personal-from-register">
      <p><strong>{t('fromRegister.title')}</strong></p>
      <p className="field-help">{t('fromRegister.lead')}</p>
      <ul className="checklist">
        {rows.map((row) => (
          <li key={row.id}>
            <label className="checkbox">
              <input type="checkbox" checked={ticked.includes(row.id)} onChange={(e) => setTicked((now) => (e.target.checked ? [...now, row.id] : now.filter((x) => x !== row.id)))} />
              <span>
                {row.name}
                {row.location && `（${row.location}）`}
                {' — '}
                {row.people === null ? t('fromRegister.unknownPeople') : t('fromRegister.people', { people: formatNumber(row.people, language) })}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <button type="button" className="button button-secondary" disabled={ticked.length === 0} onClick={use}>
        {t('fromRegister.use')}
      </button>
      {used && (
        <p role="status" className="field-help">
          {t('fromRegister.used', { people: formatNumber(used.people, language) })}
          {used.unknown && ` ${t('fromRegister.usedUnknown')}`}
        </p>
      )}
    </div>
  );
}
