import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import {
  companyProfileSchema,
  emptyProfile,
  systemKeys,
  type CompanyProfile,
  type CompanyProfileInput,
} from '../../../../shared/profile/schema';
import { industries, prefectures } from '../../../../shared/profile/options';
import { describedBy, FormField } from '../../components/FormField';
import { ErrorMessage } from '../../components/ErrorMessage';
import { FormDateField } from '../../components/date-field/FormDateField';
import { useSaveProfile } from './use-profile';

const emptyToNull = (value: unknown) => (value === '' || value === null || value === undefined ? null : Number(value));

interface ProfileFormProps {
  initial: CompanyProfile | null;
  submitLabel: string;
  onSaved?: (profile: CompanyProfile) => void;
}

/** The company profile (product.md §1), validated by the same zod schema the back end uses. */
export function ProfileForm({ initial, submitLabel, onSaved }: ProfileFormProps) {
  const { t } = useTranslation(['profile', 'common']);
  const save = useSaveProfile();
  const form = useForm<CompanyProfileInput, unknown, CompanyProfile>({
    resolver: zodResolver(companyProfileSchema),
    defaultValues: initial ?? emptyProfile(),
    mode: 'onTouched',
  });
  const { register, handleSubmit, formState, watch, setValue } = form;
  const errors = formState.errors;
  const handlesPersonalData = watch('personalData.handles');

  const onSubmit = handleSubmit(async (values) => {
    const saved = await save.mutateAsync(values).catch(() => null);
    if (saved) {
      form.reset(saved);
      onSaved?.(saved);
    }
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('sections.basics')}>
      <fieldset className="card form-section">
        <legend>{t('sections.basics')}</legend>
        <FormField id="profile-name" label={t('fields.name')} required error={errors.name}>
          <input
            id="profile-name"
            className="input"
            autoComplete="organization"
            placeholder={t('fields.namePlaceholder')}
            aria-invalid={!!errors.name}
            aria-required="true"
            aria-describedby={describedBy('profile-name', false, !!errors.name)}
            {...register('name')}
          />
        </FormField>
        <div className="field-row">
          <FormField id="profile-industry" label={t('fields.industry')}>
            <select id="profile-industry" className="input" {...register('industry')}>
              <option value="">{t('fields.choose')}</option>
              {industries.map((key) => (
                <option key={key} value={key}>
                  {t(`industry.${key}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id="profile-prefecture" label={t('fields.prefecture')}>
            <select id="profile-prefecture" className="input" {...register('prefecture')}>
              <option value="">{t('fields.choose')}</option>
              {prefectures.map((key) => (
                <option key={key} value={key}>
                  {t(`prefecture.${key}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField id="profile-employees" label={t('fields.employees')} error={errors.employees}>
            <div className="input-with-unit">
              <input
                id="profile-employees"
                className="input input-number"
                type="number"
                inputMode="numeric"
                min={0}
                aria-invalid={!!errors.employees}
                {...register('employees', { setValueAs: emptyToNull })}
              />
              <span>{t('fields.employeesUnit')}</span>
            </div>
          </FormField>
        </div>
      </fieldset>

      <fieldset className="card form-section">
        <legend>{t('sections.people')}</legend>
        <div className="field-row">
          <FormField id="profile-representative" label={t('fields.representative')} error={errors.representative}>
            <input id="profile-representative" className="input" autoComplete="name" {...register('representative')} />
          </FormField>
          <FormField id="profile-it-contact" label={t('fields.itContact')} help={t('fields.itContactHelp')} error={errors.itContact}>
            <input
              id="profile-it-contact"
              className="input"
              aria-describedby={describedBy('profile-it-contact', true, !!errors.itContact)}
              {...register('itContact')}
            />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="card form-section">
        <legend>{t('sections.systems')}</legend>
        <p className="field-help">{t('fields.systems')}</p>
        <div className="checkbox-grid">
          {systemKeys.map((key) => (
            <label key={key} className="checkbox">
              <input type="checkbox" value={key} {...register('systems')} />
              <span>{t(`systems.${key}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="card form-section">
        <legend>{t('sections.personalData')}</legend>
        {/* Asked outright: an unticked box used to be saved as "no" although nobody answered. */}
        <div role="radiogroup" aria-labelledby="profile-handles-label">
          <span id="profile-handles-label" className="field-label">{t('fields.handlesPersonalData')}</span>
          {([['yes', true], ['no', false], ['unanswered', null]] as const).map(([key, value]) => (
            <label key={key} className="checkbox">
              <input
                type="radio"
                name="personalData.handles"
                checked={(handlesPersonalData ?? null) === value}
                onChange={() => setValue('personalData.handles', value, { shouldDirty: true })}
              />
              <span>{t(`fields.handlesAnswer.${key}`)}</span>
            </label>
          ))}
        </div>
        {handlesPersonalData === true && (
          <div className="nested">
            <FormField
              id="profile-approx-people"
              label={t('fields.approxPeople')}
              help={t('fields.approxPeopleHelp')}
              error={errors.personalData?.approxPeople}
            >
              <input
                id="profile-approx-people"
                className="input input-number"
                type="number"
                inputMode="numeric"
                min={0}
                aria-describedby={describedBy('profile-approx-people', true, !!errors.personalData?.approxPeople)}
                {...register('personalData.approxPeople', { setValueAs: emptyToNull })}
              />
            </FormField>
            <label className="checkbox">
              <input type="checkbox" {...register('personalData.sensitive')} />
              <span>{t('fields.sensitive')}</span>
            </label>
          </div>
        )}
      </fieldset>

      <fieldset className="card form-section">
        <legend>{t('sections.service')}</legend>
        <div className="field-row">
          <FormField id="profile-service-name" label={t('fields.serviceName')} error={errors.securityService?.name}>
            <input id="profile-service-name" className="input" {...register('securityService.name')} />
          </FormField>
          <FormField id="profile-contract-id" label={t('fields.contractId')} error={errors.securityService?.contractId}>
            <input id="profile-contract-id" className="input" {...register('securityService.contractId')} />
          </FormField>
        </div>
      </fieldset>

      <fieldset className="card form-section">
        <legend>{t('sections.insurance')}</legend>
        <div className="field-row">
          <FormField id="profile-insurer" label={t('fields.insurer')} error={errors.insurance?.insurer}>
            <input id="profile-insurer" className="input" {...register('insurance.insurer')} />
          </FormField>
          <FormField id="profile-policy" label={t('fields.policyNumber')} error={errors.insurance?.policyNumber}>
            <input id="profile-policy" className="input" {...register('insurance.policyNumber')} />
          </FormField>
        </div>
        <div className="field-row">
          <FormField id="profile-period-from" label={t('fields.periodFrom')} error={errors.insurance?.periodFrom}>
            <FormDateField control={form.control} name="insurance.periodFrom" id="profile-period-from" />
          </FormField>
          <FormField id="profile-period-to" label={t('fields.periodTo')} error={errors.insurance?.periodTo}>
            <FormDateField
              control={form.control}
              name="insurance.periodTo"
              id="profile-period-to"
              aria-invalid={!!errors.insurance?.periodTo}
              aria-describedby={describedBy('profile-period-to', false, !!errors.insurance?.periodTo)}
            />
          </FormField>
        </div>
      </fieldset>

      <ErrorMessage error={save.error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('common:actions.saving') : submitLabel}
        </button>
        {save.isSuccess && !formState.isDirty && (
          <span className="saved-hint" role="status">
            {t('common:states.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
