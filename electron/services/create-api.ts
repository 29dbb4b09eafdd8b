import { apiContract } from '../../shared/api/contract';
import { createDispatch, type Dispatch } from './dispatch';
import { createHandlers } from '../features';
import { Services, type ServicesOptions } from './services';

/** Services plus the validated dispatch over the one handler table: what every host serves. */
export function createApi(options: ServicesOptions): { services: Services; dispatch: Dispatch } {
  const services = new Services(options);
  const resolveWorkspace = (id: string) => (services.workspaces.exists(id) ? services.workspaces.get(id) : null);
  return { services, dispatch: createDispatch(apiContract, createHandlers(services), { resolveWorkspace }) };
}
