import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { DateField, type DateFieldProps } from './DateField';

type FormDateFieldProps<T extends FieldValues> = Omit<DateFieldProps, 'value' | 'onChange' | 'onBlur' | 'name' | 'inputRef'> & {
  control: Control<T>;
  name: FieldPath<T>;
  /** What an emptied field stores: '' by default, null for optional dates kept as null. */
  emptyAs?: '' | null;
};

/** A DateField bound to a react-hook-form field (the form keeps ISO dates). */
export function FormDateField<T extends FieldValues>({ control, name, emptyAs = '', ...rest }: FormDateFieldProps<T>) {
  const { field } = useController({ control, name });
  const value = typeof field.value === 'string' ? field.value : '';
  return <DateField {...rest} name={field.name} value={value} onChange={(v) => field.onChange(v === '' ? emptyAs : v)} onBlur={field.onBlur} inputRef={field.ref} />;
}
