import { ArrowLeft, Download, Printer } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { cardContacts } from '../../../../shared/contacts/call-order';
import { BusyIndicator } from '../../components/BusyIndicator';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { saveGeneratedFile } from '../../components/files/file-actions';
import { PdfPreview, printPreview } from '../../components/files/PdfPreview';
import { useLanguage } from '../../i18n/use-language';
import { useContacts, useEmergencyCard } from './use-contacts';

/** Makes the card in the back end, shows it, and lets the user save or print it. */
export function EmergencyCardPage() {
  const { t } = useTranslation(['contacts', 'common']);
  const language = useLanguage();
  const { data: contacts } = useContacts();
  const card = useEmergencyCard();
  const frame = useRef<HTMLIFrameElement | null>(null);
  const onFrame = useCallback((el: HTMLIFrameElement | null) => void (frame.current = el), []);
  const [savedTo, setSavedTo] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<unknown>(null);
  const { mutate } = card;

  // The card is made as soon as the page opens (and again in the other language after a switch).
  useEffect(() => mutate(language), [mutate, language, contacts]);

  const onSave = async () => {
    if (!card.data) return;
    setSaveError(null);
    try {
      const result = await saveGeneratedFile(card.data);
      setSavedTo(result === 'downloaded' ? t('cardPage.downloaded') : result ? t('cardPage.saved', { path: result }) : null);
    } catch (error) {
      setSaveError(error);
    }
  };

  const empty = contacts && cardContacts(contacts).length === 0;
  return (
    <>
      <PageHeader
        title={t('cardPage.title')}
        lead={t('cardPage.lead')}
        actions={
          <>
            <button type="button" className="button button-primary" onClick={() => void onSave()} disabled={!card.data}>
              <Download aria-hidden="true" size={18} /> {t('cardPage.save')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => printPreview(frame.current)} disabled={!card.data}>
              <Printer aria-hidden="true" size={18} /> {t('cardPage.print')}
            </button>
          </>
        }
      />
      <p>
        <Link href="/" className="back-link">
          <ArrowLeft aria-hidden="true" size={16} /> {t('cardPage.back')}
        </Link>
      </p>
      {empty && <div className="alert alert-warning">{t('cardPage.noneOnCard')}</div>}
      <ErrorMessage error={card.error ?? saveError} />
      {savedTo && (
        <p className="saved-hint" role="status">
          {savedTo}
        </p>
      )}
      {card.isPending && <BusyIndicator label={t('cardPage.making')} />}
      {card.data && <PdfPreview file={card.data} title={t('cardPage.previewTitle')} onFrame={onFrame} />}
    </>
  );
}
