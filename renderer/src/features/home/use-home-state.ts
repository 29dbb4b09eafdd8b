import { useQuery } from '@tanstack/react-query';
import { needsCheck } from '../../../../shared/contacts/staleness';
import { localDay } from '../../../../shared/dates/local-day';
import { nextStep, type NextStep } from '../../../../shared/home/next-step';
import { scoreAnswers } from '../../../../shared/self-check/scoring';
import { apiQuery } from '../../api/query-client';
import { useActions } from '../actions';
import { catalogOf, finishedNewestFirst, openAssessment, useAssessments } from '../self-check';

/**
 * Reads what home decides from (the same queries the panels use, so nothing is fetched twice) and
 * returns the next step; undefined until everything has loaded, so home never guesses.
 */
export function useHomeState(): NextStep | undefined {
  const today = localDay();
  const assessments = useAssessments();
  const actions = useActions();
  const contacts = useQuery(apiQuery('contacts', 'list'));
  const incidents = useQuery(apiQuery('incidents', 'overview', { today }));
  if (!assessments.data || !actions.data || !contacts.data || !incidents.data) return undefined;

  const latest = finishedNewestFirst(assessments.data)[0];
  const score = latest ? scoreAnswers(catalogOf(latest), latest.answers) : null;
  const own = contacts.data.filter((c) => c.preset === null);
  return nextStep({
    runningClocks: incidents.data.attention.filter((row) => row.nextClock).map((row) => ({ incidentId: row.id, title: row.title })),
    latest: latest && score?.complete ? { id: latest.id, band: score.band } : null,
    checkInProgress: openAssessment(assessments.data) !== undefined,
    openActions: actions.data.filter((a) => a.status !== 'done').length,
    plannedActions: actions.data.length,
    ownContacts: own.length,
    ownContactsNeedingCheck: own.filter((c) => needsCheck(c, today)).length,
  });
}
