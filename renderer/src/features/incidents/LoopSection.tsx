import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@tanstack/react-query';
import type { Incident } from '../../../../shared/incidents/schema';
import { questionIds, type QuestionId } from '../../../../shared/self-check/question-ids';
import { getApi } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useMarkWeak } from './use-incidents';
import { questionLabel } from './question-label';
import { useLanguage } from '../../i18n/use-language';

/** Feeds lessons back: self-check questions proven weak, and actions for the action plan. */
export function LoopSection({ incident }: { incident: Incident }) {
  const { t } = useTranslation('incidents');
  const language = useLanguage();
  const [weak, setWeak] = useState<QuestionId[]>(incident.provenWeak);
  const markWeak = useMarkWeak(incident.id);
  const [title, setTitle] = useState('');
  const [questionId, setQuestionId] = useState<QuestionId | ''>('');
  const addAction = useMutation({
    mutationFn: () => getApi().incidents.createAction({ id: incident.id, title, questionId: questionId || null }),
    onSuccess: () => setTitle(''),
  });
  const toggle = (id: QuestionId) => setWeak((w) => (w.includes(id) ? w.filter((x) => x !== id) : [...w, id]));

  return (
    <section className="card" aria-labelledby="loop-title">
      <h2 id="loop-title">{t('sections.loop')}</h2>
      <fieldset className="plain-fieldset">
        <legend className="field-label">{t('loop.weakTitle')}</legend>
        <p className="muted">{t('loop.weakHelp')}</p>
        <div className="checkbox-grid weak-grid">
          {questionIds.map((id) => (
            <label key={id} className="checkbox">
              <input type="checkbox" checked={weak.includes(id)} onChange={() => toggle(id)} />
              <span>{questionLabel(id, language)}</span>
            </label>
          ))}
        </div>
        <button type="button" className="button button-secondary" onClick={() => markWeak.mutate(weak)} disabled={markWeak.isPending}>
          {t('loop.saveWeak')}
        </button>
        {markWeak.isSuccess && <p role="status" className="saved-hint">{t('loop.weakSaved')}</p>}
        <ErrorMessage error={markWeak.error} />
      </fieldset>
      <form
        className="loop-action"
        onSubmit={(e) => {
          e.preventDefault();
          if (title.trim()) addAction.mutate();
        }}
      >
        <h3>{t('loop.actionTitle')}</h3>
        <div className="field-row">
          <div className="field">
            <label htmlFor="loop-action-title" className="field-label">{t('loop.actionLabel')}</label>
            <input id="loop-action-title" className="input" placeholder={t('loop.actionPlaceholder')} value={title} onChange={(e) => setTitle(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor="loop-action-question" className="field-label">{t('loop.actionQuestion')}</label>
            <select id="loop-action-question" className="input" value={questionId} onChange={(e) => setQuestionId(e.target.value as QuestionId | '')}>
              <option value="">{t('loop.actionNone')}</option>
              {questionIds.map((id) => <option key={id} value={id}>{questionLabel(id, language)}</option>)}
            </select>
          </div>
        </div>
        <button type="submit" className="button button-secondary" disabled={addAction.isPending || !title.trim()}>
          {t('actions.add')}
        </button>
        {addAction.isSuccess && <p role="status" className="saved-hint">{t('loop.actionAdded')}</p>}
        <ErrorMessage error={addAction.error} />
      </form>
    </section>
  );
}
