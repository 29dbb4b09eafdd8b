import type { ApiResult } from '../../shared/api/result';
import type { SaveFileRequest } from '../services/platform';

/** What main asks of the API process: one API call, answered as the dispatch answers it. */
export type ApiProcessMethods = {
  dispatch(call: { channel: string; payload: unknown }): Promise<ApiResult<unknown>>;
};

/** What the API process asks of main: the parts of the platform only Electron's main process has. */
export type MainProcessMethods = {
  saveFile(request: SaveFileRequest): Promise<string | null>;
};
