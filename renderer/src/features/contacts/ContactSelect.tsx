import { useTranslation } from 'react-i18next';
import { contactLabel } from '../../../../shared/contacts/contact-ref';
import { contactRoles } from '../../../../shared/contacts/schema';
import { useContacts } from './use-contacts';

interface ContactSelectProps {
  id: string;
  value: string | null;
  onChange: (contactId: string | null) => void;
  /** Text of the empty choice, e.g. "連絡先から選ぶ". */
  placeholder: string;
}

/**
 * Picks a directory entry by id, grouped by kind: the seam the incident log's notification
 * records use to say who was told. Label it with a <label htmlFor={id}> in the caller.
 */
export function ContactSelect({ id, value, onChange, placeholder }: ContactSelectProps) {
  const { t } = useTranslation('contacts');
  const { data: contacts = [] } = useContacts();
  return (
    <select id={id} className="input" value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">{placeholder}</option>
      {contactRoles.map((role) => {
        const group = contacts.filter((c) => c.role === role);
        return group.length ? (
          <optgroup key={role} label={t(`roles.${role}`)}>
            {group.map((c) => (
              <option key={c.id} value={c.id}>
                {contactLabel(c)}
              </option>
            ))}
          </optgroup>
        ) : null;
      })}
    </select>
  );
}
