import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { securityPolicySchema, type SecurityPolicy, type SecurityPolicyInput } from '../../../../../shared/self-check/schema';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { FormField } from '../../../components/FormField';
import { FormDateField } from '../../../components/date-field/FormDateField';
import { useSavePolicy } from '../use-self-check';

/** Whether the basic policy (基本方針) exists and when it was published: ★★ needs both. */
export function PolicyForm({ initial }: { initial: SecurityPolicy }) {
  const { t } = useTranslation('selfCheck');
  const save = useSavePolicy();
  const form = useForm<SecurityPolicyInput, unknown, SecurityPolicy>({ resolver: zodResolver(securityPolicySchema), defaultValues: initial });
  const exists = form.watch('exists');
  const onSubmit = form.handleSubmit((values) => save.mutate(values));
  return (
    <form className="policy-form" onSubmit={onSubmit} noValidate aria-label={t('policy.title')}>
      <h3>{t('policy.title')}</h3>
      <label className="checkbox">
        <input type="checkbox" {...form.register('exists')} />
        <span>{t('policy.exists')}</span>
      </label>
      {exists && (
        <FormField id="policy-published" label={t('policy.publishedOn')} help={t('policy.publishedHelp')} error={form.formState.errors.publishedOn}>
          <FormDateField control={form.control} name="publishedOn" id="policy-published" aria-describedby="policy-published-help" />
        </FormField>
      )}
      <ErrorMessage error={save.error} />
      <button type="submit" className="button button-secondary">{t('policy.save')}</button>
    </form>
  );
}
