import type { Handlers } from '../../shared/api/contract';
import type { Services } from '../services/services';
import { appHandlers } from './app/handlers';
import { contactsHandlers } from './contacts/handlers';
import { filesHandlers } from './files/handlers';
import { incidentsHandlers } from './incidents/handlers';
import { profileHandlers } from './profile/handlers';
import { selfCheckHandlers } from './self-check/handlers';
import { actionsHandlers } from './actions/handlers';
import { settingsHandlers } from './settings/handlers';
import { summaryHandlers } from './summary/handlers';
import { workspaceHandlers } from './workspaces/handlers';

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
  };
}
