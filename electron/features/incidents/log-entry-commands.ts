import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import { maxLogEntries, type IncidentLog, type LogEntryOf } from '../../../shared/incidents/log-entries';
import type { Incident } from '../../../shared/incidents/schema';
import { readContacts } from '../contacts';
import type { Services } from '../../services/services';
import { incidentsOf } from './repository';

type LogHandlers = Pick<Handlers['incidents'], 'addEntry' | 'editEntry' | 'removeEntry'>;
type AnyEntry = LogEntryOf[IncidentLog];

/**
 * Each command reads the incident as stored at that moment and changes one entry, so overlapping
 * adds from several windows all land (the request is handled in one synchronous step).
 */
export function logEntryHandlers(services: Services, find: (id: string) => Incident): LogHandlers {
  const changeLog = (id: string, log: IncidentLog, change: (entries: AnyEntry[]) => AnyEntry[]): Incident => {
    const incident = find(id);
    const entries = change(incident[log] as AnyEntry[]);
    return incidentsOf(services.requestWorkspace()).save({ ...incident, [log]: entries, updatedAt: services.now().toISOString() });
  };
  /** A notification may name a contact of the directory; it must be one that exists. */
  const checkEntry = (log: IncidentLog, entry: AnyEntry) => {
    if (log !== 'notifications') return;
    const { contactId } = entry as LogEntryOf['notifications'];
    if (contactId && !readContacts(services.requestWorkspace()).some((c) => c.id === contactId)) {
      throw new AppError('invalid_request', 'unknown contact', [{ path: ['entry', 'contactId'], code: 'unknown_contact' }]);
    }
  };
  return {
    addEntry: ({ id, log, entry }) => {
      const added = { ...entry, id: randomUUID() } as AnyEntry;
      checkEntry(log, added);
      return changeLog(id, log, (entries) => {
        if (entries.length >= maxLogEntries) throw new AppError('invalid_request', 'log full', [{ path: ['entry'], code: 'too_many_entries' }]);
        return [...entries, added];
      });
    },
    editEntry: ({ id, log, entry }) => {
      checkEntry(log, entry);
      return changeLog(id, log, (entries) => {
        if (!entries.some((e) => e.id === entry.id)) throw new AppError('not_found', 'log entry');
        return entries.map((e) => (e.id === entry.id ? entry : e));
      });
    },
    // Removing what is already gone (another window removed it) is no error: the result is the same.
    removeEntry: ({ id, log, entryId }) => changeLog(id, log, (entries) => entries.filter((e) => e.id !== entryId)),
  };
}
