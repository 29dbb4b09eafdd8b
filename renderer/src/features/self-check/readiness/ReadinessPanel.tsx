import { useTranslation } from 'react-i18next';
import { currentCatalog } from '../../../../../shared/self-check/catalog';
import { readinessOf } from '../../../../../shared/self-check/readiness';
import type { Assessment } from '../../../../../shared/self-check/schema';
import { useLanguage } from '../../../i18n/use-language';
import { catalogOf } from '../model';
import { usePolicy } from '../use-self-check';
import { PolicyForm } from './PolicyForm';

/** 情報セキュリティ5か条 status and SECURITY ACTION ★ / ★★ readiness, each with what is missing. */
export function ReadinessPanel({ latest }: { latest: Assessment | undefined }) {
  const { t } = useTranslation('selfCheck');
  const language = useLanguage();
  const policy = usePolicy();
  const catalog = latest ? catalogOf(latest) : currentCatalog();
  const state = policy.data ?? { exists: false, publishedOn: '' };
  const r = readinessOf(catalog, latest?.answers ?? null, !!latest, state);
  const label = (id: string) => catalog.questions.find((q) => q.id === id)!.text[language].label;

  return (
    <section className="card readiness" aria-labelledby="readiness-title">
      <h2 id="readiness-title">{t('readiness.title')}</h2>
      <p className="muted">{t('readiness.lead')}</p>
      <div className="readiness-grid">
        <div>
          <h3>{t('readiness.fiveRulesTitle')}</h3>
          <ul className="rule-list">
            {r.fiveRules.map((rule) => (
              <li key={rule.rule}>
                <span>{t('readiness.rule', { n: rule.rule, label: label(rule.questionId) })}</span>
                <span className={`status-chip status-${rule.status}`}>{t(`readiness.status.${rule.status}`)}</span>
              </li>
            ))}
          </ul>
          <p className="field-help">{t('readiness.basedOn')}</p>
        </div>
        <div>
          <div className={`star-box${r.oneStar.ready ? ' star-ready' : ''}`} data-testid="one-star">
            <h3>{t('readiness.oneStar')}</h3>
            <p><strong>{r.oneStar.ready ? t('readiness.ready') : t('readiness.notReady')}</strong></p>
            {!r.oneStar.ready && <p>{t('readiness.missingRules', { rules: r.oneStar.missingRules.join(language === 'ja' ? '・' : ', ') })}</p>}
          </div>
          <div className={`star-box${r.twoStar.ready ? ' star-ready' : ''}`} data-testid="two-star">
            <h3>{t('readiness.twoStar')}</h3>
            <p><strong>{r.twoStar.ready ? t('readiness.ready') : t('readiness.notReady')}</strong></p>
            {r.twoStar.missing.length > 0 && (
              <ul>
                {r.twoStar.missing.map((m) => (
                  <li key={m}>{t(`readiness.missing.${m}`)}</li>
                ))}
              </ul>
            )}
          </div>
          {policy.data && <PolicyForm key={`${state.exists}-${state.publishedOn}`} initial={state} />}
        </div>
      </div>
    </section>
  );
}
