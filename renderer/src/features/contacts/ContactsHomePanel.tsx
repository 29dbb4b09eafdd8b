import { AlertTriangle, CheckCircle2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { countNeedingCheck } from '../../../../shared/contacts/staleness';
import { useContacts } from './use-contacts';
import './contacts.css';
import { localDay } from '../../../../shared/dates/local-day';

/** Home page: how many contacts need a re-check, and the way to the emergency card. */
export function ContactsHomePanel() {
  const { t } = useTranslation('contacts');
  const { data: contacts } = useContacts();
  if (!contacts) return null;
  const count = countNeedingCheck(contacts, localDay());
  const message = contacts.length === 0 ? t('panel.empty') : count > 0 ? t('panel.needCheck', { count }) : t('panel.allChecked');
  return (
    <section className={`card contacts-panel${count > 0 ? ' contact-stale' : ''}`} aria-labelledby="contacts-panel-title" data-testid="contacts-panel">
      <div>
        <h2 id="contacts-panel-title">{t('panel.title')}</h2>
        <p>
          {count > 0 ? <AlertTriangle aria-hidden="true" size={16} className="contact-stale-text" /> : <CheckCircle2 aria-hidden="true" size={16} />} {message}
        </p>
      </div>
      <div className="contacts-panel-actions">
        <Link href="/contacts" className="button button-secondary">
          {t('panel.openList')}
        </Link>
        <Link href="/contacts/card" className="button button-primary">
          {t('panel.openCard')}
        </Link>
      </div>
    </section>
  );
}
