import type { Control, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { enumValues, titleField, type FieldSpec } from '../../../../shared/registers/fields';
import type { EntryValues, RegisterEntry, Registers } from '../../../../shared/registers/schema';
import { FormDateField } from '../../components/date-field/FormDateField';

interface FieldInputProps {
  id: string;
  field: FieldSpec;
  register: UseFormRegister<EntryValues>;
  control: Control<EntryValues>;
  registers: Registers | undefined;
  invalid: boolean;
  describedBy: string | undefined;
}

const orNull = (value: string) => (value === '' ? null : value);

/** The input that fits one field: text, note, choice, date, yes/no, number or a link to another register. */
export function FieldInput({ id, field, register, control, registers, invalid, describedBy }: FieldInputProps) {
  const { t } = useTranslation('registers');
  const aria = { 'aria-invalid': invalid, 'aria-describedby': describedBy };
  switch (field.kind) {
    case 'text':
      return <input id={id} className="input" {...aria} {...register(field.key)} />;
    case 'long':
      return <textarea id={id} className="input" rows={2} {...aria} {...register(field.key)} />;
    case 'enum':
      return (
        <select id={id} className="input" {...aria} {...register(field.key)}>
          {enumValues[field.values].map((value) => (
            <option key={value} value={value}>{t(`values.${field.values}.${value}` as 'values.yes')}</option>
          ))}
        </select>
      );
    case 'date':
      return <FormDateField control={control} name={field.key} emptyAs={null} id={id} {...aria} />;
    case 'bool':
      return <input id={id} type="checkbox" className="register-checkbox" {...aria} {...register(field.key)} />;
    case 'count':
      return <input id={id} type="number" min={0} step={1} inputMode="numeric" className="input input-number" {...aria} {...register(field.key, { setValueAs: (v: string) => (v === '' || v === null ? null : Number(v)) })} />;
    case 'ref': {
      const targets = (registers?.[field.target] ?? []) as RegisterEntry[];
      return (
        <select id={id} className="input" {...aria} {...register(field.key, { setValueAs: orNull })}>
          <option value="">{t('values.none')}</option>
          {targets.map((e) => (
            <option key={e.id} value={e.id}>{String(e[titleField[field.target]])}</option>
          ))}
        </select>
      );
    }
  }
}
