import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { ContactInput } from '../../../../shared/contacts/schema';
import { PageHeader } from '../../components/PageHeader';
import { ContactForm } from './ContactForm';
import { useContacts } from './use-contacts';
import { localDay } from '../../../../shared/dates/local-day';

/** A new contact starts as "checked today": the user is typing it in from a source right now. */
function blankContact(): ContactInput {
  return {
    role: 'itVendor',
    organisation: '',
    person: '',
    phones: [{ label: '', number: '' }],
    email: '',
    hours: '',
    contractNumber: '',
    notes: '',
    callOrder: 999,
    lastCheckedAt: localDay(),
    preset: null,
  };
}

export function ContactEditPage({ id }: { id: string | null }) {
  const { t } = useTranslation(['contacts', 'common', 'errors']);
  const [, navigate] = useLocation();
  const { data: contacts, isLoading } = useContacts();
  const existing = id ? contacts?.find((c) => c.id === id) : null;
  if (isLoading) return <p className="loading">{t('common:states.loading')}</p>;
  if (id && !existing) return <p className="empty-state">{t('errors:code.not_found')}</p>;
  return (
    <>
      <PageHeader title={id ? t('form.editTitle') : t('form.newTitle')} />
      <ContactForm initial={existing ?? blankContact()} onDone={() => navigate('/')} />
    </>
  );
}
