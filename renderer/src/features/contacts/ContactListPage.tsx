import { Plus, Printer } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { groupContacts } from '../../../../shared/contacts/call-order';
import { contactRoles, type Contact, type ContactRole } from '../../../../shared/contacts/schema';
import { ErrorMessage } from '../../components/ErrorMessage';
import { PageHeader } from '../../components/PageHeader';
import { ContactItem } from './ContactItem';
import { useContacts, useMoveContact, useRestorePresets } from './use-contacts';

function matches(contact: Contact, query: string): boolean {
  if (!query) return true;
  const haystack = [contact.organisation, contact.person, contact.email, contact.hours, contact.contractNumber, contact.notes]
    .concat(contact.phones.flatMap((p) => [p.label, p.number, p.number.replace(/\D/g, '')]))
    .join('\n')
    .toLowerCase();
  return haystack.includes(query.toLowerCase());
}

export function ContactListPage() {
  const { t } = useTranslation(['contacts', 'common']);
  const { data: contacts, error, isLoading } = useContacts();
  const move = useMoveContact();
  const restore = useRestorePresets();
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<ContactRole | ''>('');
  const [announcement, setAnnouncement] = useState('');

  const shown = useMemo(
    () => (contacts ?? []).filter((c) => (!role || c.role === role) && matches(c, query.trim())),
    [contacts, role, query],
  );
  // Moving only makes sense in the full list: in a filtered one the neighbour may be hidden.
  const filtering = !!role || !!query.trim();

  // The moved row is re-inserted in the DOM, which drops focus: put the keyboard user back on
  // the button they pressed (or its twin when they reached an end) once the new order renders.
  const focusAfterMove = useRef<{ id: string; direction: 'up' | 'down' } | null>(null);
  useEffect(() => {
    const target = focusAfterMove.current;
    if (!target) return;
    focusAfterMove.current = null;
    const same = document.querySelector<HTMLButtonElement>(`[data-move="${target.id}-${target.direction}"]:not(:disabled)`);
    const other = document.querySelector<HTMLButtonElement>(`[data-move="${target.id}-${target.direction === 'up' ? 'down' : 'up'}"]`);
    (same ?? other)?.focus();
  }, [contacts]);

  const onMove = (id: string, direction: 'up' | 'down') => {
    if (move.isPending) return;
    focusAfterMove.current = { id, direction };
    move.mutate({ id, direction }, { onSuccess: () => setAnnouncement(t('list.moved')) });
  };

  return (
    <>
      <PageHeader
        title={t('title')}
        lead={t('lead')}
        actions={
          <>
            <Link href="/new" className="button button-primary">
              <Plus aria-hidden="true" size={18} /> {t('actions.add')}
            </Link>
            <Link href="/card" className="button button-secondary">
              <Printer aria-hidden="true" size={18} /> {t('actions.card')}
            </Link>
          </>
        }
      />
      <div className="card contacts-filters" role="search">
        <div className="field">
          <label className="field-label" htmlFor="contacts-search">
            {t('list.searchLabel')}
          </label>
          <input
            id="contacts-search"
            type="search"
            className="input"
            placeholder={t('list.searchPlaceholder')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor="contacts-role">
            {t('list.roleFilter')}
          </label>
          <select id="contacts-role" className="input" value={role} onChange={(e) => setRole(e.target.value as ContactRole | '')}>
            <option value="">{t('list.allRoles')}</option>
            {contactRoles.map((key) => (
              <option key={key} value={key}>
                {t(`roles.${key}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorMessage error={error ?? move.error ?? restore.error} />
      {isLoading && <p className="loading">{t('common:states.loading')}</p>}
      {contacts && (
        <p className="muted contacts-count" aria-live="polite">
          {t('list.count', { shown: shown.length, total: contacts.length })}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {contacts?.length === 0 && <p className="empty-state">{t('list.empty')}</p>}
      {contacts && contacts.length > 0 && shown.length === 0 && <p className="empty-state">{t('list.noMatch')}</p>}
      {/* The card's calling order first, then the owner's other contacts, then the public desks. */}
      {groupContacts(shown).map(({ group, contacts: members }) => {
        if (members.length === 0) return null;
        const whole = groupContacts(contacts ?? []).find((g) => g.group === group)!.contacts;
        return (
          <section key={group} className="contacts-group" aria-labelledby={`contacts-group-${group}`} data-testid={`contacts-group-${group}`}>
            <h2 id={`contacts-group-${group}`} className="contacts-group-title">{t(`list.groups.${group}`)}</h2>
            <p className="muted">{t(`list.groupHelp.${group}`)}</p>
            <ol className="contacts-list">
              {members.map((contact) => (
                <ContactItem
                  key={contact.id}
                  contact={contact}
                  canMove={!filtering}
                  isFirst={whole[0]?.id === contact.id}
                  isLast={whole[whole.length - 1]?.id === contact.id}
                  onMove={onMove}
                />
              ))}
            </ol>
          </section>
        );
      })}
      <div className="contacts-footer">
        <button type="button" className="button button-secondary" onClick={() => restore.mutate()} disabled={restore.isPending}>
          {t('actions.restorePresets')}
        </button>
      </div>
    </>
  );
}
