import { useQuery } from '@tanstack/react-query';
import { useRef } from 'react';
import { useController, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { registerKinds } from '../../../../shared/registers/fields';
import type { RegisterEntry } from '../../../../shared/registers/schema';
import { apiQuery } from '../../api/query-client';
import type { AnswerFormInput } from './answer-form-model';

const nameOf = (row: RegisterEntry) => String(row.name ?? row.holder ?? row.id);

/** Ticks the register rows that show this criterion is met (a device list, an admin ID…). */
export function RegisterRefsField({ control }: { control: Control<AnswerFormInput> }) {
  const { t } = useTranslation('scs');
  const { t: tr } = useTranslation('registers');
  const registers = useQuery(apiQuery('registers', 'all', {}));
  const { field } = useController({ control, name: 'answer.registerRefs' });
  const chosen: string[] = field.value ?? [];
  const toggle = (id: string, on: boolean) => field.onChange(on ? [...chosen, id] : chosen.filter((x) => x !== id));
  const groups = registerKinds.map((kind) => ({ kind, rows: (registers.data?.[kind] ?? []) as RegisterEntry[] })).filter((g) => g.rows.length > 0);
  // A linked row deleted from its register since: shown, so the count adds up and it can be
  // unlinked; remembered once seen, so unticking it leaves its box in place (to tick back).
  const known = new Set(groups.flatMap((g) => g.rows.map((row) => row.id)));
  const seenDeleted = useRef(new Set<string>());
  if (registers.data) for (const id of chosen) if (!known.has(id)) seenDeleted.current.add(id);
  const deleted = [...seenDeleted.current].filter((id) => !known.has(id));
  return (
    <details className="scs-register-refs">
      <summary>{t('form.registers', { count: chosen.length })}</summary>
      {groups.length === 0 && <p className="scs-muted">{t('form.noRegisters')}</p>}
      {groups.map(({ kind, rows }) => (
        <fieldset key={kind}>
          <legend>{tr(`kinds.${kind}`)}</legend>
          {rows.map((row) => (
            <label key={row.id} className="scs-check">
              <input type="checkbox" checked={chosen.includes(row.id)} onChange={(e) => toggle(row.id, e.target.checked)} onBlur={field.onBlur} /> {nameOf(row)}
            </label>
          ))}
        </fieldset>
      ))}
      {deleted.length > 0 && (
        <fieldset data-testid="scs-deleted-rows">
          <legend>{t('form.deletedRows')}</legend>
          {deleted.map((id) => (
            <label key={id} className="scs-check">
              <input type="checkbox" checked={chosen.includes(id)} onChange={(e) => toggle(id, e.target.checked)} onBlur={field.onBlur} /> {t('form.deletedRow')}
            </label>
          ))}
        </fieldset>
      )}
    </details>
  );
}
