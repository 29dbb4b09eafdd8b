import { useTranslation } from 'react-i18next';

const steps = ['step1', 'step2', 'step3'] as const;

/** IPA's three stages (検知・初動対応 → 報告・公表 → 復旧・再発防止) as a checklist, in our words. */
export function FirstSteps() {
  const { t } = useTranslation('incidents');
  return (
    <section className="card first-steps" aria-labelledby="first-steps-title">
      <h2 id="first-steps-title">{t('sections.firstSteps')}</h2>
      <p className="muted">{t('firstSteps.lead')}</p>
      <div className="first-steps-grid">
        {steps.map((step) => (
          <div key={step}>
            <h3>{t(`firstSteps.${step}`)}</h3>
            <ul className="checklist">
              {(t(`firstSteps.${step}Items`, { returnObjects: true }) as string[]).map((item) => (
                <li key={item}>
                  <label className="checkbox">
                    <input type="checkbox" />
                    <span>{item}</span>
                  </label>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
