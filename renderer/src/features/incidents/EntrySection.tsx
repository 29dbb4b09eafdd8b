import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiCallError } from '../../api/api-error';
import { ErrorMessage } from '../../components/ErrorMessage';
import { DateField } from '../../components/date-field/DateField';
import { useDraftState } from '../../components/form-draft/use-draft-state';
import { issuesByPath, useErrorText } from './field-errors';

export interface EntryField {
  name: string;
  label: string;
  kind: 'text' | 'date' | 'yen' | 'checkbox' | 'select';
  options?: { value: string; label: string }[];
  /** Other fields to set when this one changes (a chosen contact fills in its name). */
  onPick?: (value: string) => Record<string, unknown>;
}

interface EntrySectionProps<E extends { id: string }> {
  id: string;
  /** Names the add form's draft within the company (kept while typing, put back on return). */
  draftName: string;
  title: string;
  help?: string;
  empty: string;
  entries: E[];
  fields: EntryField[];
  blank: () => Record<string, unknown>;
  schema: z.ZodType<E, unknown>;
  render: (entry: E) => ReactNode;
  footer?: ReactNode;
  /** Adds one entry (the back end gives it its id and checks it again: contacts). */
  onAdd: (entry: Record<string, unknown>) => Promise<unknown>;
  onRemove: (entryId: string) => Promise<unknown>;
}

const newId = () => `e-${crypto.randomUUID()}`;
const toValue = (field: EntryField, raw: string | boolean): unknown => {
  if (field.kind === 'checkbox') return raw;
  if (field.kind === 'yen') return raw === '' ? Number.NaN : Number(raw);
  return raw;
};

/** One log inside an incident (timeline, notifications, costs, evidence): a list and an add form. */
export function EntrySection<E extends { id: string }>(props: EntrySectionProps<E>) {
  const { t } = useTranslation('incidents');
  const errorText = useErrorText();
  const uid = useId();
  const [draft, setDraft] = useDraftState<Record<string, unknown>>(props.draftName, props.blank);
  const [errors, setErrors] = useState<Map<string, string>>(new Map());
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const save = async (change: () => Promise<unknown>) => {
    setBusy(true);
    setFailure(null);
    try {
      await change();
      return true;
    } catch (error) {
      if (error instanceof ApiCallError && error.issues.length) {
        // Server paths look like `entry.amountYen`: the field of the entry being added.
        const mine = new Map<string, string>();
        for (const [path, code] of issuesByPath(error.issues)) {
          const [head, field] = path.split('.');
          if (head === 'entry' && field) mine.set(field, code);
        }
        setErrors(mine);
      }
      setFailure(error);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const add = async () => {
    const submitted = draft;
    const parsed = props.schema.safeParse({ ...draft, id: newId() });
    if (!parsed.success) {
      setErrors(new Map(parsed.error.issues.map((i) => [String(i.path[0]), i.message || i.code])));
      return;
    }
    setErrors(new Map());
    // Clear the form only if nothing was typed into it while the save was under way.
    const { id: _placeholder, ...entry } = parsed.data as E & Record<string, unknown>;
    if (await save(() => props.onAdd(entry))) setDraft((current) => (current === submitted ? props.blank() : current));
  };

  return (
    <section className="card entry-section" aria-labelledby={`${props.id}-title`} data-testid={`section-${props.id}`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {props.help && <p className="muted">{props.help}</p>}
      {props.entries.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ul className="entry-list">
          {props.entries.map((entry) => (
            <li key={entry.id} className="entry">
              <div className="entry-body">{props.render(entry)}</div>
              <button type="button" className="button button-link" disabled={busy} onClick={() => void save(() => props.onRemove(entry.id))}>
                {t('actions.remove')}
                <span className="visually-hidden">{`: ${props.title}`}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.footer}
      <form
        className="entry-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void add();
        }}
      >
        {props.fields.map((field) => {
          const fid = `${uid}-${field.name}`;
          const error = errors.get(field.name);
          const value = draft[field.name];
          const set = (raw: string | boolean) => setDraft((d) => ({ ...d, [field.name]: toValue(field, raw), ...(field.onPick?.(String(raw)) ?? {}) }));
          if (field.kind === 'checkbox') {
            return (
              <label key={field.name} className="checkbox entry-checkbox">
                <input type="checkbox" checked={Boolean(value)} onChange={(e) => set(e.target.checked)} />
                <span>{field.label}</span>
              </label>
            );
          }
          const common = { id: fid, className: 'input', 'aria-invalid': !!error, 'aria-describedby': error ? `${fid}-error` : undefined };
          return (
            <div key={field.name} className={`field${error ? ' field-invalid' : ''}`}>
              <label htmlFor={fid} className="field-label">{field.label}</label>
              {field.kind === 'select' ? (
                <select {...common} value={String(value ?? '')} onChange={(e) => set(e.target.value)}>
                  {field.options!.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
                </select>
              ) : field.kind === 'date' ? (
                <DateField {...common} className="" value={String(value ?? '')} onChange={(v) => set(v)} />
              ) : (
                <input
                  {...common}
                  type={field.kind === 'yen' ? 'number' : 'text'}
                  inputMode={field.kind === 'yen' ? 'numeric' : undefined}
                  value={typeof value === 'number' ? (Number.isNaN(value) ? '' : String(value)) : String(value ?? '')}
                  onChange={(e) => set(e.target.value)}
                />
              )}
              {error && <p id={`${fid}-error`} className="field-error" role="alert">{errorText(error)}</p>}
            </div>
          );
        })}
        <div className="entry-form-actions">
          <button type="submit" className="button button-secondary" disabled={busy}>
            {t('actions.add')}
            <span className="visually-hidden">{`: ${props.title}`}</span>
          </button>
        </div>
      </form>
      {failure !== null && !(failure instanceof ApiCallError && failure.code === 'invalid_request') && <ErrorMessage error={failure} />}
    </section>
  );
}
