import type { Handlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import type { ActionItem } from '../../../shared/actions/schema';
import { addAction } from './action-plan';
import { actionsSpec } from './documents';
import type { Services } from '../../services/services';

export function actionsHandlers(services: Services): Handlers['actions'] {
  const store = () => services.requestWorkspace().document(actionsSpec);
  return {
    list: () => services.requestWorkspaceOrNull()?.document(actionsSpec).get() ?? [],
    create: (input) => addAction(services.requestWorkspace(), input, services.now()),
    update: ({ id, ...input }) => {
      let updated: ActionItem | undefined;
      store().update((all) =>
        all.map((item) => {
          if (item.id !== id) return item;
          updated = { ...item, ...input, updatedAt: services.now().toISOString() };
          return updated;
        }),
      );
      if (!updated) throw new AppError('not_found', 'action');
      return updated;
    },
    remove: ({ id }) => {
      if (!store().get().some((item) => item.id === id)) throw new AppError('not_found', 'action');
      store().update((all) => all.filter((item) => item.id !== id));
      return null;
    },
  };
}
