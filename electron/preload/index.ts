import { contextBridge, ipcRenderer } from 'electron';
import { apiContract } from '../../shared/api/contract';
import { buildFromContract } from '../../shared/api/endpoint';

/**
 * `window.api`: one function per contract channel, nothing else. The renderer never sees
 * ipcRenderer, an event object or a channel name (checklist item 20).
 */
const api = buildFromContract(apiContract, ({ channel }) => (request?: unknown) => ipcRenderer.invoke(channel, request ?? {}));

contextBridge.exposeInMainWorld('api', api);
