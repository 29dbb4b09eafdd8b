import { command } from '../api/endpoint';
import { noInput } from '../schemas/common';
import type { GeneratedFile } from '../files/schema';

export const supportContract = {
  /**
   * The support file (see `SupportBundle`): versions, storage health and the log, as a JSON file
   * the renderer saves like any export. A command, so it is never cached; it writes nothing.
   */
  bundle: command<GeneratedFile>()(noInput, { scope: 'app' }),
};
