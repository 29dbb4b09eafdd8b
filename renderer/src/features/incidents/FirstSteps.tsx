import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { firstStepStages, type FirstStepId, type FirstStepTick } from '../../../../shared/incidents/first-steps';
import { useLanguage } from '../../i18n/use-language';
import { localeOf } from '../../../../shared/i18n/locales';
import type { Incident } from '../../../../shared/incidents/schema';
import { useTickFirstStep } from './use-incidents';

interface FirstStepsProps {
  ticks: FirstStepTick[];
  onToggle: (item: FirstStepId, done: boolean) => void;
  /** Shown under the lead, e.g. that ticks on the new form are saved with the record. */
  hint?: string;
  error?: string | undefined;
  busy?: boolean;
}

/** IPA's three stages (検知・初動対応 → 報告・公表 → 復旧・再発防止) as a checklist, each tick kept with its time. */
export function FirstSteps({ ticks, onToggle, hint, error, busy }: FirstStepsProps) {
  const { t } = useTranslation('incidents');
  const language = useLanguage();
  const time = (iso: string) => new Date(iso).toLocaleString(localeOf[language], { month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit' });
  return (
    <section className="card first-steps" aria-labelledby="first-steps-title" data-testid="first-steps">
      <h2 id="first-steps-title">{t('sections.firstSteps')}</h2>
      <p className="muted">{t('firstSteps.lead')}</p>
      {hint && <p className="field-help">{hint}</p>}
      <div className="first-steps-grid">
        {(Object.keys(firstStepStages) as (keyof typeof firstStepStages)[]).map((stage) => (
          <div key={stage}>
            <h3>{t(`firstSteps.${stage}`)}</h3>
            <ul className="checklist">
              {firstStepStages[stage].map((item) => {
                const tick = ticks.find((x) => x.item === item);
                return (
                  <li key={item}>
                    <label className="checkbox">
                      <input type="checkbox" checked={!!tick} disabled={busy} onChange={(e) => onToggle(item, e.target.checked)} data-testid={`first-step-${item}`} />
                      <span>
                        {t(`firstSteps.${stage}Items.${item}` as 'firstSteps.step1Items.tellOwner')}
                        {tick && <span className="muted first-step-time"> {t('firstSteps.doneAt', { time: time(tick.doneAt) })}</span>}
                      </span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
      {error && <p className="field-error" role="alert">{error}</p>}
    </section>
  );
}

/** The checklist of a stored incident: each tick is saved at once (with its time, and in the timeline). */
export function IncidentFirstSteps({ incident }: { incident: Incident }) {
  const { t } = useTranslation('incidents');
  const tick = useTickFirstStep(incident.id);
  // The box shows the click at once, in the same render as the click (the mutation's own pending
  // state arrives a moment later), until the stored record says the same; a failed save drops
  // it, so the stored state shows again.
  const [clicked, setClicked] = useState<{ item: FirstStepId; done: boolean } | null>(null);
  const stored = incident.firstSteps;
  useEffect(() => {
    if (clicked && (stored.some((x) => x.item === clicked.item) === clicked.done || tick.isError)) setClicked(null);
  }, [clicked, stored, tick.isError]);
  const ticks = !clicked
    ? stored
    : clicked.done
      ? [...stored.filter((x) => x.item !== clicked.item), { item: clicked.item, doneAt: new Date().toISOString(), timelineEntryId: null }]
      : stored.filter((x) => x.item !== clicked.item);
  return (
    <FirstSteps
      ticks={ticks}
      busy={tick.isPending}
      error={tick.error ? t('firstSteps.saveError') : undefined}
      onToggle={(item, done) => {
        setClicked({ item, done });
        tick.mutate({ item, done });
      }}
    />
  );
}
