import { CalendarDays } from 'lucide-react';
import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { DayPicker } from 'react-day-picker';
import { enGB } from 'react-day-picker/locale/en-GB';
import { ja } from 'react-day-picker/locale/ja';
import 'react-day-picker/style.css';
import { useTranslation } from 'react-i18next';
import { dateFieldText, fromIso, parseDateText, toIso } from '../../../../shared/dates/date-text';
import { useLanguage } from '../../i18n/use-language';
import { useDismiss } from './use-dismiss';
import './date-field.css';

export interface DateFieldProps {
  id: string;
  /** ISO (YYYY-MM-DD), '' when empty, or text that is not a date yet (the form's check names it). */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  name?: string;
  /** Earliest and latest days the calendar offers (ISO). */
  min?: string;
  max?: string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string | undefined;
  'aria-required'?: boolean | 'true' | 'false';
}

const shown = (value: string, language: 'ja' | 'en') => (fromIso(value) ? dateFieldText(value, language) : value);

/**
 * A date typed or picked in the app's language (2026年12月2日 / 2026-12-02) whatever the browser's
 * locale: a native date input would follow the browser (mm/dd/yyyy under an English Chromium).
 * Typing is read as the user goes, so saving without leaving the field keeps the date.
 */
export function DateField({ id, value, onChange, onBlur, name, min, max, inputRef, className, ...aria }: DateFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [text, setText] = useState(() => shown(value, language));
  const emitted = useRef(value);
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // A value set from outside (reset, a draft put back) or a change of language is shown afresh;
  // what the user is typing is left alone.
  const shownLanguage = useRef(language);
  useEffect(() => {
    if (value !== emitted.current || language !== shownLanguage.current) setText(shown(value, language));
    emitted.current = value;
    shownLanguage.current = language;
  }, [value, language]);

  const emit = (next: string) => {
    emitted.current = next;
    onChange(next);
  };
  const close = (focusButton: boolean) => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };
  useDismiss(wrapper, open, () => close(false));

  const selected = fromIso(value) ?? undefined;
  const [minDay, maxDay] = [min ? fromIso(min) : null, max ? fromIso(max) : null];
  const today = new Date();
  return (
    <div className={`date-field ${className ?? ''}`} ref={wrapper}>
      <input
        id={id}
        name={name}
        ref={inputRef}
        className="input date-field-input"
        inputMode="text"
        autoComplete="off"
        placeholder={t('dateField.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const typed = e.target.value.trim();
          emit(typed === '' ? '' : (parseDateText(typed) ?? typed));
        }}
        onBlur={() => {
          const iso = parseDateText(text);
          if (iso) setText(dateFieldText(iso, language));
          onBlur?.();
        }}
        {...aria}
      />
      <button
        ref={button}
        type="button"
        className="button button-secondary date-field-button"
        aria-label={t('dateField.openCalendar')}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <CalendarDays size={18} aria-hidden="true" />
      </button>
      {open && (
        <div
          id={panelId}
          role="dialog"
          aria-label={t('dateField.calendar')}
          className="date-field-panel"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            close(true);
          }}
        >
          <DayPicker
            mode="single"
            locale={language === 'ja' ? ja : enGB}
            selected={selected}
            defaultMonth={selected ?? maxDay ?? today}
            captionLayout="dropdown"
            startMonth={minDay ?? new Date(today.getFullYear() - 30, 0)}
            endMonth={maxDay ?? new Date(today.getFullYear() + 10, 11)}
            disabled={[...(minDay ? [{ before: minDay }] : []), ...(maxDay ? [{ after: maxDay }] : [])]}
            autoFocus
            onSelect={(day) => {
              if (!day) return;
              const iso = toIso(day);
              setText(dateFieldText(iso, language));
              emit(iso);
              close(true);
              onBlur?.();
            }}
          />
        </div>
      )}
    </div>
  );
}
