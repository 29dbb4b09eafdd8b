import type { Handlers } from '../../../shared/api/contract';
import type { Services } from '../services';
import { appHandlers } from './app';
import { contactsHandlers } from './contacts';
import { filesHandlers } from './files';
import { incidentsHandlers } from './incidents';
import { profileHandlers } from './profile';
import { selfCheckHandlers } from './self-check';
import { actionsHandlers } from './actions';
import { settingsHandlers } from './settings';
import { summaryHandlers } from './summary';
import { workspaceHandlers } from './workspace';
import { supportHandlers } from '../../features/support/handlers';

/** The one handler table, served unchanged by the Electron IPC host and the browser host. */
export function createHandlers(services: Services): Handlers {
  return {
    app: appHandlers(services),
    settings: settingsHandlers(services),
    workspace: workspaceHandlers(services),
    profile: profileHandlers(services),
    files: filesHandlers(services),
    contacts: contactsHandlers(services),
    selfCheck: selfCheckHandlers(services),
    actions: actionsHandlers(services),
    summary: summaryHandlers(services),
    incidents: incidentsHandlers(services),
    support: supportHandlers(services),
  };
}
