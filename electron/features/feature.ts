import type { Handlers } from '../../shared/api/contract';
import type { Services } from '../services/services';
import type { Workspace } from '../services/workspaces';
import type { RegistryEntry } from '../services/store/document-registry';

/** Sample data one feature puts into the demo company. */
export type DemoSeeder = (workspace: Workspace, today: Date) => void;

/**
 * What one feature brings to the back end: its handlers (one contract namespace), the documents
 * it keeps in a company folder (so export, import and snapshots carry them) and its demo data.
 * Each feature exports one of these from its `index.ts`; `./index.ts` registers it with one line.
 */
export interface BackEndFeature<N extends keyof Handlers> {
  handlers: (services: Services) => Handlers[N];
  documents?: RegistryEntry[];
  seedDemo?: DemoSeeder;
}
