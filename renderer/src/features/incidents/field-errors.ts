import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { ApiIssue } from '../../../../shared/api/result';

/**
 * Words a field error for this feature: our own codes (future_date, before_discovery…) live in
 * `incidents:errors`; zod's codes fall back to the shared `errors:field` texts. Anything else is
 * already a sentence of ours (the zod error map in renderer/src/i18n/zod-messages.ts) and is shown.
 */
export function useErrorText() {
  const { t, i18n } = useTranslation(['incidents', 'errors']);
  return (code: string | undefined): string => {
    if (code && !/^[a-z_]+$/.test(code)) return code;
    if (code && i18n.exists(`incidents:errors.${code}`)) return t(`incidents:errors.${code}` as 'incidents:errors.generic');
    if (code && i18n.exists(`errors:field.${code}`)) return t(`errors:field.${code}` as 'errors:field.generic');
    return t('incidents:errors.generic');
  };
}

/** Same, for react-hook-form errors: message first (our refinements), then zod's code. */
export function useFieldErrorText() {
  const text = useErrorText();
  return (error: FieldError | undefined): FieldError | undefined => {
    if (!error) return undefined;
    const code = error.message || error.type;
    return { ...error, message: text(code) };
  };
}

/** The first server issue for each field path, as `a.b.0.c` → code. */
export function issuesByPath(issues: ApiIssue[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const issue of issues) {
    const key = issue.path.join('.');
    if (!map.has(key)) map.set(key, issue.message && /^[a-z_]+$/.test(issue.message) ? issue.message : issue.code);
  }
  return map;
}
