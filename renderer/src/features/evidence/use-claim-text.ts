import { useQueries, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClaimRef } from '../../../../shared/evidence/schema';
import { registerKinds, titleField } from '../../../../shared/registers/fields';
import type { RegisterEntry } from '../../../../shared/registers/schema';
import { apiQuery } from '../../api/query-client';
import { formatDate } from '../../i18n/format';
import { useLanguage } from '../../i18n/use-language';
import { useEvidence } from './use-evidence';

/**
 * What a claim reads as: "台帳 受付PC", "記録 研修 2026年1月1日", "対策 Wi-Fiのパスワードを変える",
 * never a bare id. A claim whose answer, row or record has since been deleted says so, so the
 * owner sees that the evidence no longer backs anything there. Incidents are read one by one
 * (only those some evidence names), not the whole log.
 */
export function useClaimText(extra?: ClaimRef | null): (claim: ClaimRef) => string {
  const { t } = useTranslation(['evidence', 'records']);
  const language = useLanguage();
  const evidence = useEvidence();
  const registers = useQuery(apiQuery('registers', 'all'));
  const actions = useQuery(apiQuery('actions', 'list'));
  const records = useQuery(apiQuery('records', 'list'));
  const incidentIds = useMemo(() => {
    const claims = [...(evidence.data ?? []).flatMap((item) => item.claims), ...(extra ? [extra] : [])];
    return [...new Set(claims.filter((c) => c.kind === 'incident').map((c) => c.id))];
  }, [evidence.data, extra]);
  const incidents = useQueries({ queries: incidentIds.map((id) => apiQuery('incidents', 'get', { id })) });
  // null once reading failed (deleted), undefined while loading; joined with the state spelled
  // out, since [null].join() and [undefined].join() are both '' and would hide the change.
  const incidentTitles = incidents.map((q) => (q.data ? q.data.title : q.isError ? null : undefined));
  const incidentsKey = incidents.map((q) => (q.data ? `ok:${q.data.title}` : q.isError ? 'gone' : 'loading')).join('\u0000');

  return useMemo(() => {
    const names = new Map<string, string | null | undefined>();
    const known = (kind: ClaimRef['kind'], id: string, name: string | null | undefined) => names.set(`${kind}:${id}`, name);
    if (registers.data) for (const kind of registerKinds) for (const entry of registers.data[kind] as RegisterEntry[]) known('registerEntry', entry.id, String(entry[titleField[kind]]));
    for (const action of actions.data ?? []) known('action', action.id, action.title);
    for (const record of records.data ?? []) known('record', record.id, `${t(`records:kinds.${record.kind}.what`)} ${formatDate(record.date, language)}`);
    incidentIds.forEach((id, index) => known('incident', id, incidentTitles[index]));
    const loaded = { registerEntry: Boolean(registers.data), action: Boolean(actions.data), record: Boolean(records.data) } as Record<ClaimRef['kind'], boolean>;

    return (claim: ClaimRef) => {
      if (claim.kind === 'selfCheckAnswer') return t('question', { id: claim.id.toUpperCase() });
      const kind = t(`claimKinds.${claim.kind}`);
      if (claim.kind === 'scsCriterion') return `${kind} ${claim.id}`;
      const name = names.get(`${claim.kind}:${claim.id}`);
      if (name) return `${kind} ${name}`;
      // Gone for sure: its list is loaded and lacks it, or reading the incident failed.
      const gone = claim.kind === 'incident' ? name === null : loaded[claim.kind];
      return gone ? t('claimDeleted', { kind }) : kind;
    };
    // incidentTitles is a fresh array each render; incidentsKey is what changes with it.
  }, [registers.data, actions.data, records.data, incidentIds, incidentsKey, language, t]);
}
