import { AlertTriangle, CheckCircle2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { countNeedingCheck } from '../../../../shared/contacts/staleness';
import { useContacts } from './use-contacts';
import './contacts.css';
import { localDay } from '../../../../shared/dates/local-day';

/**
 * Home page: how many contacts need a re-check, and the way to the emergency card. The all-clear
 * is said only when the owner has contacts of their own: public desks alone are no plan. Both
 * buttons are secondary; the next-step card above holds home's one primary button.
 */
export function ContactsHomePanel() {
  const { t } = useTranslation('contacts');
  const { data: contacts } = useContacts();
  if (!contacts) return null;
  const count = countNeedingCheck(contacts, localDay());
  const own = contacts.filter((c) => c.preset === null).length;
  const warn = count > 0 || own === 0;
  const message = contacts.length === 0 ? t('panel.empty') : own === 0 ? t('panel.noOwn') : count > 0 ? t('panel.needCheck', { count }) : t('panel.allChecked');
  return (
    <section className={`card contacts-panel${warn ? ' contact-stale' : ''}`} aria-labelledby="contacts-panel-title" data-testid="contacts-panel">
      <div>
        <h2 id="contacts-panel-title">{t('panel.title')}</h2>
        <p>
          {warn ? <AlertTriangle aria-hidden="true" size={16} className="contact-stale-text" /> : <CheckCircle2 aria-hidden="true" size={16} />} {message}
        </p>
      </div>
      <div className="contacts-panel-actions">
        <Link href="/contacts" className="button button-secondary">
          {t('panel.openList')}
        </Link>
        <Link href="/contacts/card" className="button button-secondary">
          {t('panel.openCard')}
        </Link>
      </div>
    </section>
  );
}
