import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { setApi } from '../../../renderer/src/api/client';
import { createAppQueryClient } from '../../../renderer/src/api/query-client';
import { createInProcessApi } from '../../support/in-process-api';

/** Renders a component against the real back end on a temp folder, with the app's own QueryClient. */
export function renderWithApi(ui: ReactElement, backend = createInProcessApi()) {
  setApi(backend.api, backend.windowWorkspace);
  const client = createAppQueryClient();
  return { ...render(<QueryClientProvider client={client}>{ui}</QueryClientProvider>), backend };
}
