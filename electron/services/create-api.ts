import type { DispatchEvent } from './dispatch';
import { apiContract } from '../../shared/api/contract';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from '../features';
import { Services, type ServicesOptions } from './services';

/** Services plus the validated dispatch over the one handler table: what every host serves. */
export function createApi(options: ServicesOptions): { services: Services; dispatch: Dispatch } {
  const services = new Services(options);
  const resolveWorkspace = (id: string) => (services.workspaces.exists(id) ? services.workspaces.get(id) : null);
  const { supportLog } = services;
  // Each call's channel, time and result code go to the support log; a program error also to stderr.
  const log = ({ channel, ms, result, error }: DispatchEvent) => {
    supportLog.apiCall(channel, ms, result);
    if (error === undefined) return;
    supportLog.internalError(channel, error);
    console.error(error);
  };
  return { services, dispatch: createDispatch(apiContract, createHandlers(services), { resolveWorkspace, log }) };
}
