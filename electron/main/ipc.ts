import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { apiContract } from '../../shared/api/contract';
import { listChannels } from '../../shared/api/endpoint';
import type { ApiResult } from '../../shared/api/result';
import type { Dispatch } from '../services/dispatch';
import { isAppUrl } from './app-url';

type SenderEvent = Pick<IpcMainInvokeEvent, 'senderFrame'>;

/** Checklist item 17: only frames showing our own UI may call the API; a null frame may not. */
export function isTrustedSender(event: SenderEvent, devServerUrl?: string): boolean {
  const frame = event.senderFrame;
  if (!frame) return false;
  return isAppUrl(frame.url, devServerUrl);
}

/** Registers every contract channel through one path: sender check, then the validating dispatch. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, devServerUrl?: string): string[] {
  const channels: string[] = [];
  for (const { channel } of listChannels(apiContract)) {
    ipcMain.handle(channel, (event, payload: unknown): Promise<ApiResult<unknown>> | ApiResult<unknown> => {
      if (!isTrustedSender(event, devServerUrl)) return { ok: false, error: { code: 'forbidden' } };
      return dispatch(channel, payload);
    });
    channels.push(channel);
  }
  return channels;
}
