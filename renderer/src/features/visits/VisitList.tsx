import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { formatDate as formatDay } from '../../i18n/format';
import type { Visit } from '../../../../shared/visits/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { saveGeneratedFile } from '../../components/files/file-actions';
import { useLanguage } from '../../i18n/use-language';
import { usePrintVisit, useProgrammes, useRemoveVisit } from './use-visits';

export function VisitList({ visits }: { visits: Visit[] }) {
  const { t } = useTranslation('visits');
  const language = useLanguage();
  const programmes = useProgrammes().data ?? [];
  const print = usePrintVisit();
  const remove = useRemoveVisit();
  const [failed, setFailed] = useState<unknown>(null);
  const day = (iso: string) => formatDay(iso, language);

  const onPrint = async (id: string) => {
    setFailed(null);
    try {
      await saveGeneratedFile(await print.mutateAsync({ id, language }));
    } catch (error) {
      setFailed(error);
    }
  };

  return (
    <>
      <ErrorMessage error={failed ?? remove.error} />
      <ul className="visit-list">
        {visits.map((v) => {
          const programme = v.programme ? programmes.find((p) => p.id === v.programme!.programmeId) : undefined;
          return (
            <li key={v.id} className="card visit-item" data-testid="visit-item">
              <div className="visit-head">
                <h3>{day(v.date)} <span className="badge">{t(`kinds.${v.kind}`)}</span></h3>
                <span className="muted">{t('list.minutes', { minutes: v.minutes })}</span>
              </div>
              {programme && <p className="muted">{t('list.programmeStep', { programme: programme.name, step: v.programme!.step })}</p>}
              {v.topics.length > 0 && <p>{v.topics.join(language === 'ja' ? '、' : ', ')}</p>}
              {v.advice && <p className="visit-advice">{v.advice}</p>}
              <p className="muted">
                {v.nextSteps.length > 0 && t('list.steps', { count: v.nextSteps.length })}
                {v.nextVisitOn && ` · ${t('list.nextVisit', { date: day(v.nextVisitOn) })}`}
              </p>
              <div className="form-actions">
                <button type="button" className="button button-secondary" onClick={() => void onPrint(v.id)} disabled={print.isPending}>{t('list.print')}</button>
                <Link href={`/${v.id}`} className="button button-secondary">{t('list.edit')}</Link>
                <button type="button" className="button button-secondary" onClick={() => window.confirm(t('list.confirmRemove', { date: day(v.date) })) && remove.mutate(v.id)}>{t('list.remove')}</button>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
