import ical from 'ical-generator';
import { addDays } from '../../../shared/calendar/days';
import type { Obligation } from '../../../shared/calendar/obligations';
import { isRoutine, withinHorizon } from '../../../shared/calendar/schedule';
import { obligationTitle } from '../../../shared/calendar/text';
import { icsMimeType, type GeneratedFile } from '../../../shared/files/schema';
import { resources } from '../../../shared/i18n/resources';
import type { Language } from '../../../shared/settings/schema';
import { fill, formatDay } from '../../../shared/summary/text';

/**
 * The calendar as an iCalendar file: one all-day event per obligation. The UID is the
 * obligation's own id with the company's, so importing a newer file moves the same event
 * (the next self-check, a renewed insurance) instead of adding a second one; SEQUENCE grows
 * with the time of export so a calendar takes the newer file's day. Dates are passed as
 * YYYY-MM-DD text, which ical-generator writes as that very day in any time zone.
 */
export function obligationsIcs(all: readonly Obligation[], opts: { workspaceId: string; companyName: string; language: Language; today: string; now: Date }): string {
  const t = resources[opts.language].records;
  const calendar = ical({
    name: `${opts.companyName} — ${t.calendar.title}`,
    prodId: { company: 'Otasuke Desk', product: 'obligations', language: opts.language.toUpperCase() },
  });
  const sequence = Math.floor(opts.now.getTime() / 60_000);
  for (const o of withinHorizon(all, opts.today)) {
    calendar.createEvent({
      id: `${o.id}@${opts.workspaceId}.otasuke-desk`,
      start: o.due,
      end: addDays(o.due, 1),
      allDay: true,
      summary: obligationTitle(o, opts.language),
      description: !isRoutine(o) ? '' : o.lastDone ? fill(t.calendar.lastDone, { date: formatDay(o.lastDone, opts.language) }) : t.calendar.never,
      sequence,
      stamp: opts.now,
    });
  }
  return calendar.toString();
}

/** e.g. calendar-2026-12-07.ics: ASCII, like the other exports' names. */
export function icsFile(text: string, today: string): GeneratedFile {
  return { fileName: `calendar-${today}.ics`, mimeType: icsMimeType, base64: Buffer.from(text, 'utf8').toString('base64'), fingerprint: null };
}
