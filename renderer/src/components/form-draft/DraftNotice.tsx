import { useTranslation } from 'react-i18next';
import type { FormDraft } from './use-form-draft';

/** Says that a draft was put back, and offers to throw it away (after asking). */
export function DraftNotice({ draft }: { draft: FormDraft }) {
  const { t } = useTranslation();
  if (!draft.restored) return null;
  return (
    <div className="alert alert-warning draft-notice" role="status" data-testid="draft-restored">
      <p>{t('draft.restored')}</p>
    </div>
  );
}

/** The "discard what I typed" button of a form's actions, shown once something was changed. */
export function DiscardButton({ draft, onDiscarded }: { draft: FormDraft; onDiscarded?: () => void }) {
  const { t } = useTranslation();
  if (!draft.dirty) return null;
  return (
    <button type="button" className="button button-secondary" onClick={() => draft.discard() && onDiscarded?.()}>
      {t('draft.discard')}
    </button>
  );
}
