import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import type { Language } from '../../../shared/settings/schema';
import { resources } from '../../../shared/i18n/resources';
import { firstStepStages, type FirstStepId, type FirstStepTick } from '../../../shared/incidents/first-steps';
import { maxLogEntries } from '../../../shared/incidents/log-entries';
import type { Incident, IncidentFields, TimelineEntry } from '../../../shared/incidents/schema';
import type { Services } from '../../services/services';
import { incidentsOf } from './repository';

/** The item's words in the app's language, as the timeline keeps them. */
function itemText(item: FirstStepId, language: Language): string {
  const text = resources[language].incidents.firstSteps;
  for (const stage of Object.keys(firstStepStages) as (keyof typeof firstStepStages)[]) {
    const items = text[`${stage}Items`] as Record<string, string>;
    if (items[item]) return text.timelineText.replace('{{item}}', items[item]);
  }
  return item;
}

/**
 * Gives each tick a timeline entry ("done", on the tick's day), so the incident's own story shows
 * when the first steps were taken. A full timeline keeps the tick without an entry.
 */
export function withTickEntries(fields: IncidentFields, ticks: FirstStepTick[], dayOf: (tick: FirstStepTick) => string, language: Language): IncidentFields {
  let timeline = fields.timeline;
  const firstSteps = ticks.map((tick) => {
    if (timeline.length >= maxLogEntries) return { ...tick, timelineEntryId: null };
    const entry: TimelineEntry = { id: randomUUID(), date: dayOf(tick), kind: 'done', text: itemText(tick.item, language).slice(0, 200), by: '' };
    timeline = [...timeline, entry];
    return { ...tick, timelineEntryId: entry.id };
  });
  return { ...fields, timeline, firstSteps };
}

export function firstStepHandler(services: Services, find: (id: string) => Incident, dayOf: (sent: string) => string): Handlers['incidents']['tickFirstStep'] {
  return ({ id, item, done, today }) => {
    const incident = find(id);
    const ticked = incident.firstSteps.find((t) => t.item === item);
    // Ticking what is ticked (another window did it) or unticking what is not changes nothing.
    if (done === !!ticked) return incident;
    const language = services.settings.get().language;
    const updatedAt = services.now().toISOString();
    if (done) {
      const tick: FirstStepTick = { item, doneAt: updatedAt, timelineEntryId: null };
      const added = withTickEntries(incident, [tick], () => dayOf(today), language);
      return incidentsOf(services.requestWorkspace()).save({ ...incident, ...added, firstSteps: [...incident.firstSteps, ...added.firstSteps], updatedAt });
    }
    // Unticking takes back its timeline entry too: the log should not claim what was undone.
    const timeline = incident.timeline.filter((e) => e.id !== ticked!.timelineEntryId);
    return incidentsOf(services.requestWorkspace()).save({ ...incident, timeline, firstSteps: incident.firstSteps.filter((t) => t !== ticked), updatedAt });
  };
}
