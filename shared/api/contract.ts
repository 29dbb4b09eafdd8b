import type { ApiClient, ApiHandlers, ApiTransport } from './endpoint';
import { appContract } from '../app/contract';
import { contactsContract } from '../contacts/contract';
import { filesContract } from '../files/contract';
import { incidentsContract } from '../incidents/contract';
import { profileContract } from '../profile/contract';
import { selfCheckContract } from '../self-check/contract';
import { actionsContract } from '../actions/contract';
import { settingsContract } from '../settings/contract';
import { summaryContract } from '../summary/contract';
import { workspacesContract } from '../workspaces/contract';
import { supportContract } from '../support/contract';
import { evidenceContract } from '../evidence/contract';
import { registersContract } from '../registers/contract';
import { recordsContract } from '../records/contract';
import { visitsContract } from '../visits/contract';
import { portfolioContract } from '../portfolio/contract';
import { statisticsContract } from '../statistics/contract';
import { scsContract } from '../scs/contract';

/**
 * The one API between the UI and the back end. Each namespace lives in `contracts/`;
 * channel names (`namespace:method`) are derived from these keys by `listChannels`.
 */
export const apiContract = {
  app: appContract,
  settings: settingsContract,
  workspaces: workspacesContract,
  profile: profileContract,
  files: filesContract,
  contacts: contactsContract,
  selfCheck: selfCheckContract,
  actions: actionsContract,
  summary: summaryContract,
  incidents: incidentsContract,
  support: supportContract,
  evidence: evidenceContract,
  registers: registersContract,
  records: recordsContract,
  visits: visitsContract,
  portfolio: portfolioContract,
  statistics: statisticsContract,
  scs: scsContract,
};

export type ApiContract = typeof apiContract;
export type Api = ApiClient<ApiContract>;
export type Transport = ApiTransport<ApiContract>;
export type Handlers = ApiHandlers<ApiContract>;
