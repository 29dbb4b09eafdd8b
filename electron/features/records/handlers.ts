import type { Handlers } from '../../../shared/api/contract';
import { obligationsOf } from '../../../shared/calendar/obligations';
import type { Services } from '../../services/services';
import { profileSpec } from '../profile';
import { calendarSources } from './calendar-sources';
import { icsFile, obligationsIcs } from './ics';
import { addRecord, listRecords, removeRecord, updateRecord } from './repository';

export function recordsHandlers(services: Services): Handlers['records'] {
  const ws = () => services.requestWorkspace();
  return {
    list: () => listRecords(ws()),
    add: (input) => addRecord(ws(), input, services.now()),
    update: ({ id, entry }) => updateRecord(ws(), id, entry, services.now()),
    remove: ({ id }) => {
      removeRecord(ws(), id);
      return null;
    },
    calendar: ({ today }) => obligationsOf(calendarSources(ws()), today),
    exportIcs: ({ today, language }) => {
      const w = ws();
      const all = obligationsOf(calendarSources(w), today);
      const companyName = w.document(profileSpec).get()?.name ?? '';
      return icsFile(obligationsIcs(all, { workspaceId: w.id, companyName, language, today, now: services.now() }), today, companyName);
    },
  };
}
