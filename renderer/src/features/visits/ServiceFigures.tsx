import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormField } from '../../components/FormField';
import type { VisitFormValues } from './visit-form-values';

const asCount = (value: string) => (value === '' ? 0 : Number(value));
const counts = ['monitoredDevices', 'alertsReceived', 'dispatches'] as const;

/** The figures of an お助け隊-type service contract, shown for a service report only. */
export function ServiceFigures({ register }: { register: UseFormRegister<VisitFormValues> }) {
  const { t } = useTranslation('visits');
  return (
    <fieldset className="form-section">
      <legend>{t('form.service.heading')}</legend>
      <div className="field-row">
        <FormField id="service-name" label={t('form.service.serviceName')}>
          <input id="service-name" className="input" {...register('service.serviceName')} />
        </FormField>
        {counts.map((key) => (
          <FormField key={key} id={`service-${key}`} label={t(`form.service.${key}`)}>
            <input id={`service-${key}`} className="input" type="number" min={0} inputMode="numeric" {...register(`service.${key}`, { setValueAs: asCount })} />
          </FormField>
        ))}
      </div>
    </fieldset>
  );
}
