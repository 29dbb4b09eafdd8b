import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { questionIds } from '../../../../../shared/self-check/question-ids';
import { scoreAnswers } from '../../../../../shared/self-check/scoring';
import type { Assessment } from '../../../../../shared/self-check/schema';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useLanguage } from '../../../i18n/use-language';
import { catalogOf } from '../model';
import { useStartAssessment } from '../use-self-check';
import { QuestionStep } from './QuestionStep';
import { WizardProgress } from './WizardProgress';

const reviewPosition = questionIds.length;

/** Starts or resumes the unfinished check, then shows one question at a time (`/wizard/7` opens question 7). */
export function WizardPage({ question: askedParam }: { question?: string | undefined }) {
  const { t } = useTranslation(['selfCheck', 'common']);
  const start = useStartAssessment();
  const startedRef = useRef(false);
  useEffect(() => {
    if (startedRef.current) return;
    startedRef.current = true;
    start.mutate();
  }, [start]);

  if (start.error) return <ErrorMessage error={start.error} />;
  if (!start.data) return <p className="loading" role="status">{t('common:states.loading')}</p>;
  return <Wizard initial={start.data} asked={Number(askedParam)} />;
}

function Wizard({ initial, asked }: { initial: Assessment; asked: number }) {
  const { t } = useTranslation('selfCheck');
  const language = useLanguage();
  const [, navigate] = useLocation();
  const [assessment, setAssessment] = useState(initial);
  const [index, setIndex] = useState(() =>
    Number.isInteger(asked) && asked >= 1 && asked <= reviewPosition ? asked - 1 : Math.min(initial.position, reviewPosition),
  );
  const catalog = catalogOf(assessment);

  useEffect(() => {
    if (index >= reviewPosition) navigate('/review');
  }, [index, navigate]);
  if (index >= reviewPosition) return null;

  const question = catalog.questions[index]!;
  const score = scoreAnswers(catalog, assessment.answers);

  return (
    <section className="wizard" aria-labelledby="wizard-question">
      <div className="wizard-top">
        <Link href="/" className="link-quiet">{t('wizard.overview')}</Link>
      </div>
      <WizardProgress catalog={catalog} score={score} index={index} />
      <QuestionStep
        key={question.id}
        assessment={assessment}
        question={question}
        text={question.text[language]}
        total={catalog.questions.length}
        onSaved={setAssessment}
        onMove={setIndex}
      />
    </section>
  );
}
