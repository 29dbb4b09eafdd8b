import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './busy-indicator.css';

/** After this long a job shows how long it has run, so a slow one never looks frozen. */
const showElapsedAfterSeconds = 3;

/**
 * What a long job (making a PDF, an export, an import) shows while it runs: a moving
 * indeterminate bar, the status text, and after a few seconds the time so far. The back end
 * reports no steps, so the bar says "working", not how far; the seconds show it is not stuck.
 * A polite live region, so a screen reader hears the status once, not every tick.
 */
export function BusyIndicator({ label, className }: { label: string; className?: string }) {
  const { t } = useTranslation('common');
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const started = Date.now();
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - started) / 1000)), 1000);
    return () => clearInterval(timer);
  }, []);
  return (
    <div className={`busy-indicator${className ? ` ${className}` : ''}`} role="status" aria-live="polite" data-testid="busy-indicator">
      <span className="busy-spinner" aria-hidden="true" />
      <progress aria-label={label} />
      <span className="busy-label">{label}</span>
      {seconds >= showElapsedAfterSeconds && (
        <span className="busy-elapsed muted" aria-hidden="true">{t('states.elapsed', { seconds })}</span>
      )}
    </div>
  );
}
