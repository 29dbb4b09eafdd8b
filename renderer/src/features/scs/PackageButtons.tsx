import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GeneratedFile } from '../../../../shared/files/schema';
import { getApi } from '../../api/client';
import { ErrorMessage } from '../../components/ErrorMessage';
import { saveGeneratedFile } from '../../components/files/file-actions';

/** Makes the printable ★3 package (PDF) or the answer sheet (.xlsx) and saves it where the user says. */
export function PackageButtons() {
  const { t, i18n } = useTranslation('scs');
  const language = i18n.language === 'en' ? 'en' : 'ja';
  const [saved, setSaved] = useState<string | null>(null);
  const make = useMutation({
    mutationFn: async (kind: 'pdf' | 'xlsx') => {
      const file: GeneratedFile = kind === 'pdf' ? await getApi().scs.packagePdf({ language }) : await getApi().scs.answerSheet({ language });
      return (await saveGeneratedFile(file)) ? file.fileName : null;
    },
    onSuccess: (name) => setSaved(name),
  });
  return (
    <section className="scs-package" aria-label={t('package.title')}>
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={make.isPending} onClick={() => make.mutate('pdf')}>
          {make.isPending && make.variables === 'pdf' ? t('package.making') : t('package.button')}
        </button>
        <button type="button" className="button button-secondary" disabled={make.isPending} onClick={() => make.mutate('xlsx')}>
          {t('package.sheet')}
        </button>
        {saved && <span role="status" className="saved-hint">{t('package.saved', { name: saved })}</span>}
      </div>
      <ErrorMessage error={make.error} />
    </section>
  );
}
