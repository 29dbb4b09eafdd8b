import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogQuestion, QuestionText } from '../../../../../shared/self-check/catalog';
import { answerValues, points, type AnswerValue } from '../../../../../shared/self-check/scoring';
import type { Assessment } from '../../../../../shared/self-check/schema';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { EvidenceForAnswerLink } from '../../evidence';
import { RegisterFactsForQuestion } from '../../registers';
import { partKey } from '../model';
import { useSaveAnswer, useSetPosition } from '../use-self-check';

interface QuestionStepProps {
  assessment: Assessment;
  question: CatalogQuestion;
  text: QuestionText;
  total: number;
  onSaved: (assessment: Assessment) => void;
  onMove: (index: number) => void;
}

/**
 * One question: the four answers as a native radio group (arrow keys choose, Enter submits),
 * why it matters and what to do, and a note. Every choice is saved at once; saves run in order
 * so the stored position is always the last one asked for.
 */
export function QuestionStep({ assessment, question, text, total, onSaved, onMove }: QuestionStepProps) {
  const { t } = useTranslation('selfCheck');
  const saved = assessment.answers[question.id];
  const [value, setValue] = useState<AnswerValue | null>(saved?.value ?? null);
  const [note, setNote] = useState(saved?.note ?? '');
  const saveAnswer = useSaveAnswer();
  const setPosition = useSetPosition();
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const index = question.number - 1;

  // A new question takes the focus, so screen readers read it and Tab goes to the answers.
  useEffect(() => headingRef.current?.focus(), []);

  const enqueue = (job: () => Promise<Assessment>) => {
    const next = queue.current.then(job).then(onSaved);
    queue.current = next.catch(() => undefined);
    return next;
  };

  const save = (nextValue: AnswerValue, nextNote: string) =>
    enqueue(() =>
      saveAnswer.mutateAsync({ assessmentId: assessment.id, questionId: question.id, value: nextValue, note: nextNote, position: index }),
    );

  const choose = (nextValue: AnswerValue) => {
    setValue(nextValue);
    void save(nextValue, note).catch(() => undefined);
  };

  const move = async (target: number) => {
    try {
      if (value && note !== (saved?.note ?? '')) await save(value, note);
      await enqueue(() => setPosition.mutateAsync({ assessmentId: assessment.id, position: target }));
      onMove(target);
    } catch {
      // The error is shown below; the user stays on this question.
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void move(index + 1);
  };

  const pending = saveAnswer.isPending || setPosition.isPending;
  return (
    <form className="card question-card" onSubmit={onSubmit}>
      <p className="question-part">
        <span className="badge badge-part">{t(`parts.${partKey(question.part)}`)}</span>
      </p>
      <h1 id="wizard-question" className="question-title" tabIndex={-1} ref={headingRef}>
        <span className="question-number">{question.number}.</span> {text.question}
      </h1>
      <fieldset className="answer-group">
        <legend>{t('wizard.chooseLabel')}</legend>
        {answerValues.map((option) => (
          <label key={option} className={`answer-option${value === option ? ' answer-selected' : ''}`}>
            <input
              type="radio"
              name={`answer-${question.id}`}
              value={option}
              checked={value === option}
              onChange={() => choose(option)}
              aria-labelledby={`answer-${option}-name`}
              aria-describedby={`answer-${option}-hint answer-${option}-points`}
            />
            <span className="answer-text">
              <strong id={`answer-${option}-name`}>{t(`answers.${option}`)}</strong>
              <span id={`answer-${option}-hint`} className="answer-hint">{t(`answerHints.${option}`)}</span>
            </span>
            <span id={`answer-${option}-points`} className="answer-points">{t('points', { points: points[option] })}</span>
          </label>
        ))}
        <p className="field-help">{t('wizard.keyboardHint')}</p>
      </fieldset>
      <div className="question-help">
        <div>
          <h2>{t('wizard.why')}</h2>
          <p>{text.why}</p>
        </div>
        <div>
          <h2>{t('wizard.todo')}</h2>
          <p>{text.todo}</p>
        </div>
      </div>
      <RegisterFactsForQuestion questionId={question.id} />
      <div className="field">
        <label htmlFor="answer-note" className="field-label">{t('wizard.note')}</label>
        <textarea
          id="answer-note"
          className="input"
          rows={2}
          maxLength={1000}
          value={note}
          aria-describedby="answer-note-help"
          onChange={(e) => setNote(e.target.value)}
          onBlur={() => {
            if (value && note !== (saved?.note ?? '')) void save(value, note).catch(() => undefined);
          }}
        />
        <p id="answer-note-help" className="field-help">{t('wizard.noteHelp')}</p>
        <p className="field-help"><EvidenceForAnswerLink questionId={question.id} /></p>
      </div>
      <ErrorMessage error={saveAnswer.error ?? setPosition.error} />
      <div className="wizard-nav">
        <button type="button" className="button button-secondary" disabled={index === 0} onClick={() => void move(index - 1)}>
          {t('wizard.back')}
        </button>
        <span className="saved-hint" role="status">
          {pending ? t('wizard.saving') : saved ? t('wizard.saved') : ''}
        </span>
        <button type="submit" className="button button-primary">
          {index + 1 === total ? t('wizard.toReview') : t('wizard.next')}
        </button>
      </div>
    </form>
  );
}
