import type { Handlers } from '../../../shared/api/contract';
import type { Services } from '../../services/services';
import { supportBundleFile } from './bundle';

export function supportHandlers(services: Services): Handlers['support'] {
  return {
    bundle: () => supportBundleFile(services),
  };
}
