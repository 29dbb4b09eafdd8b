import { useQuery } from '@tanstack/react-query';
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
    </details>
  );
}
