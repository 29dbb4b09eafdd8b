import { ArrowRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { nextStepHref, type NextStep } from '../../../../shared/home/next-step';
import { useHomeState } from './use-home-state';

/** The text block of a step: `selfCheck` splits into not begun / begun. */
function textKey(step: NextStep): string {
  return step.kind === 'selfCheck' && step.started ? 'selfCheckStarted' : step.kind;
}

/** The top of home: the one next step, with the page's only primary button. */
export function NextStepCard() {
  const { t } = useTranslation(['home', 'selfCheck']);
  const step = useHomeState();
  if (!step) return null;
  const key = textKey(step);
  const params = {
    title: step.kind === 'report' ? step.title : '',
    count: step.kind === 'checkContacts' || step.kind === 'openActions' ? step.count : 0,
    band: step.kind === 'plan' ? t(`selfCheck:bands.${step.band}.name`) : '',
  };
  return (
    <section className={`card next-step next-step-${step.kind}`} aria-labelledby="next-step-title" data-testid="next-step" data-step={step.kind}>
      <p className="next-step-kicker">{t('nextStep.heading')}</p>
      <h2 id="next-step-title">{t(`nextStep.${key}.title` as 'nextStep.selfCheck.title', params)}</h2>
      <p>{t(`nextStep.${key}.body` as 'nextStep.selfCheck.body', params)}</p>
      <Link href={nextStepHref(step)} className="button button-primary">
        {t(`nextStep.${key}.action` as 'nextStep.selfCheck.action')} <ArrowRight aria-hidden="true" size={18} />
      </Link>
    </section>
  );
}
