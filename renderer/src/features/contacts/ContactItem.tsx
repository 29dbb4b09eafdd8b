import { AlertTriangle, ArrowDown, ArrowUp, CheckCircle2, Pencil, Trash2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { needsCheck } from '../../../../shared/contacts/staleness';
import type { Contact } from '../../../../shared/contacts/schema';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useMarkChecked, useRemoveContact } from './use-contacts';
import { localDay } from '../../../../shared/dates/local-day';

interface ContactItemProps {
  contact: Contact;
  canMove: boolean;
  isFirst: boolean;
  isLast: boolean;
  onMove: (id: string, direction: 'up' | 'down') => void;
}

/** One contact as a card: who, how to reach them, and whether the entry is still trustworthy. */
export function ContactItem({ contact, canMove, isFirst, isLast, onMove }: ContactItemProps) {
  const { t } = useTranslation(['contacts', 'common']);
  const language = useLanguage();
  const remove = useRemoveContact();
  const markChecked = useMarkChecked();
  const stale = needsCheck(contact, localDay());
  const name = contact.organisation;
  const headingId = `contact-${contact.id}`;

  const onDelete = () => {
    if (window.confirm(t('actions.confirmDelete', { name }))) remove.mutate(contact.id);
  };

  return (
    <li className={`card contact-item${stale ? ' contact-stale' : ''}`} aria-labelledby={headingId} data-testid="contact-item">
      <div className="contact-order">
        {contact.callOrder !== null ? (
          <span className="contact-order-number">{t('list.callOrder', { order: contact.callOrder })}</span>
        ) : (
          <span className="muted">{t('list.notOnCard')}</span>
        )}
        <div className="contact-move">
          <button
            type="button"
            className="button button-secondary button-small"
            data-move={`${contact.id}-up`}
            aria-label={t('actions.moveUpLabel', { name })}
            disabled={!canMove || isFirst}
            onClick={() => onMove(contact.id, 'up')}
          >
            <ArrowUp aria-hidden="true" size={16} /> {t('actions.moveUp')}
          </button>
          <button
            type="button"
            className="button button-secondary button-small"
            data-move={`${contact.id}-down`}
            aria-label={t('actions.moveDownLabel', { name })}
            disabled={!canMove || isLast}
            onClick={() => onMove(contact.id, 'down')}
          >
            <ArrowDown aria-hidden="true" size={16} /> {t('actions.moveDown')}
          </button>
        </div>
      </div>

      <div className="contact-body">
        <p className="contact-role">
          {t(`roles.${contact.role}`)}
          {contact.preset && <span className="badge badge-preset">{t('list.preset')}</span>}
        </p>
        <h3 id={headingId} className="contact-name">
          {name}
        </h3>
        {contact.person && <p className="contact-person">{contact.person}</p>}
        {contact.phones.length > 0 && (
          <ul className="contact-phones">
            {contact.phones.map((phone, i) => (
              <li key={i}>
                {phone.label && <span className="contact-phone-label">{phone.label}</span>}
                <span className="contact-phone-number">{phone.number}</span>
              </li>
            ))}
          </ul>
        )}
        <dl className="contact-details">
          {contact.email && (
            <>
              <dt>{t('form.email')}</dt>
              <dd>{contact.email}</dd>
            </>
          )}
          {contact.hours && (
            <>
              <dt>{t('form.hours')}</dt>
              <dd>{contact.hours}</dd>
            </>
          )}
          {contact.contractNumber && (
            <>
              <dt>{t('list.contractNumber')}</dt>
              <dd className="contact-contract">{contact.contractNumber}</dd>
            </>
          )}
        </dl>
        {contact.notes && <p className="contact-notes">{contact.notes}</p>}
        {contact.preset && <p className="muted contact-meta">{t('list.presetConfirmed', { date: formatDate(contact.preset.confirmedAt, language) })}</p>}
        <p className="contact-meta">
          {stale && (
            <span className="badge badge-stale" title={t('list.needsCheckHelp')}>
              <AlertTriangle aria-hidden="true" size={14} /> {t('list.needsCheck')}
            </span>
          )}
          <span className={stale ? 'contact-stale-text' : 'muted'}>
            {contact.lastCheckedAt ? t('list.lastChecked', { date: formatDate(contact.lastCheckedAt, language) }) : t('list.neverChecked')}
          </span>
        </p>
        {stale && <p className="field-help">{t('list.needsCheckHelp')}</p>}
      </div>

      <div className="contact-actions">
        <Link href={`/${contact.id}/edit`} className="button button-secondary" aria-label={t('actions.editLabel', { name })}>
          <Pencil aria-hidden="true" size={16} /> {t('common:actions.edit')}
        </Link>
        {stale && (
          <button type="button" className="button button-secondary" onClick={() => markChecked.mutate(contact.id)} disabled={markChecked.isPending}>
            <CheckCircle2 aria-hidden="true" size={16} /> {t('actions.markChecked')}
          </button>
        )}
        <button type="button" className="button button-secondary contact-delete" aria-label={t('actions.deleteLabel', { name })} onClick={onDelete} disabled={remove.isPending}>
          <Trash2 aria-hidden="true" size={16} /> {t('common:actions.delete')}
        </button>
      </div>
    </li>
  );
}
