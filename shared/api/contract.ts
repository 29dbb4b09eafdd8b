import { supportContract } from '../support/contract';
import type { ApiClient, ApiHandlers, ApiTransport } from './endpoint';
import { appContract } from './contracts/app';
import { contactsContract } from './contracts/contacts';
import { filesContract } from './contracts/files';
import { incidentsContract } from './contracts/incidents';
import { profileContract } from './contracts/profile';
import { selfCheckContract } from './contracts/self-check';
import { actionsContract } from './contracts/actions';
import { settingsContract } from './contracts/settings';
import { summaryContract } from './contracts/summary';
import { workspaceContract } from './contracts/workspace';

/**
 * The one API between the UI and the back end. Each namespace lives in `contracts/`;
 * channel names (`namespace:method`) are derived from these keys by `listChannels`.
 */
export const apiContract = {
  app: appContract,
  settings: settingsContract,
  workspace: workspaceContract,
  profile: profileContract,
  files: filesContract,
  contacts: contactsContract,
  selfCheck: selfCheckContract,
  actions: actionsContract,
  summary: summaryContract,
  incidents: incidentsContract,
  support: supportContract,
};

export type ApiContract = typeof apiContract;
export type Api = ApiClient<ApiContract>;
export type Transport = ApiTransport<ApiContract>;
export type Handlers = ApiHandlers<ApiContract>;
