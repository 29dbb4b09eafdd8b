import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { visitInputSchema, type Visit, type VisitValues } from '../../../../shared/visits/schema';
import type { VisitKind } from '../../../../shared/visits/schema';

/** The form's own shape: topics typed one per line, the programme step as one select value. */
export interface VisitFormValues {
  date: string;
  kind: VisitKind;
  programmeStep: string;
  supporter: string;
  attendees: string;
  topicsText: string;
  findings: string;
  advice: string;
  nextSteps: { title: string; owner: string; dueDate: string; actionId: string | null }[];
  minutes: number;
  nextVisitOn: string;
  service: { serviceName: string; monitoredDevices: number; alertsReceived: number; dispatches: number };
}

const emptyService = { serviceName: '', monitoredDevices: 0, alertsReceived: 0, dispatches: 0 };

export function formValuesOf(visit: Visit | null, today: string): VisitFormValues {
  if (!visit) {
    return { date: today, kind: 'visit', programmeStep: '', supporter: '', attendees: '', topicsText: '', findings: '', advice: '', nextSteps: [], minutes: 60, nextVisitOn: '', service: emptyService };
  }
  return {
    date: visit.date,
    kind: visit.kind,
    programmeStep: visit.programme ? `${visit.programme.programmeId}#${visit.programme.step}` : '',
    supporter: visit.supporter,
    attendees: visit.attendees,
    topicsText: visit.topics.join('\n'),
    findings: visit.findings,
    advice: visit.advice,
    nextSteps: visit.nextSteps,
    minutes: visit.minutes,
    nextVisitOn: visit.nextVisitOn,
    service: visit.service ?? emptyService,
  };
}

/** The request the form sends: blank next-step rows dropped, service figures only for a service report. */
export function inputOf(values: VisitFormValues) {
  const [programmeId, step] = values.programmeStep.split('#');
  return {
    date: values.date,
    kind: values.kind,
    programme: programmeId && step ? { programmeId, step: Number(step) } : null,
    supporter: values.supporter,
    attendees: values.attendees,
    topics: values.topicsText.split('\n').map((line) => line.trim()).filter(Boolean),
    findings: values.findings,
    advice: values.advice,
    nextSteps: values.nextSteps.filter((s) => s.title.trim() || s.owner.trim() || s.dueDate),
    minutes: values.minutes,
    nextVisitOn: values.nextVisitOn,
    service: values.kind === 'serviceReport' ? values.service : null,
  };
}

const schemaResolver = zodResolver(visitInputSchema);

/** Validates with the same zod schema the back end re-checks, after turning the form's shape into it. */
export const visitResolver: Resolver<VisitFormValues, unknown, VisitValues> = async (values, context, options) => {
  const result = await schemaResolver(inputOf(values) as never, context, options as never);
  const errors = result.errors as Record<string, unknown>;
  // The schema's `topics` is the form's `topicsText`.
  if (errors.topics) errors.topicsText = errors.topics;
  return result as never;
};
