import { contextBridge, ipcRenderer } from 'electron';

/** Injected at build time from the contract (electron.vite.config.ts), so zod stays out of the preload. */
declare const __API_CHANNELS__: { namespace: string; method: string; channel: string }[];

/**
 * `window.api`: one function per contract channel, nothing else. The renderer never sees
 * ipcRenderer, an event object or a channel name (checklist item 20).
 */
const api: Record<string, Record<string, (request?: unknown) => Promise<unknown>>> = {};
for (const { namespace, method, channel } of __API_CHANNELS__) {
  (api[namespace] ??= {})[method] = (request?: unknown) => ipcRenderer.invoke(channel, request ?? {});
}

contextBridge.exposeInMainWorld('api', api);
