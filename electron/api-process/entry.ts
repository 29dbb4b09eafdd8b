import { createApi } from '../services/create-api';
import type { RelayMessage, RelayPort } from './relay-peer';
import { serveApi } from './serve-api';

/**
 * Entry of Electron's API process (out/main/api-process.js, started by main with
 * utilityProcess.fork): the back end runs here, so no API call ever holds up main's thread,
 * which draws the windows. Main passes the data folder and the app version as arguments.
 */
function argument(name: string): string {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? process.argv[at + 1] : undefined;
  if (!value) throw new Error(`API process started without ${name}`);
  return value;
}

const parentPort = (process as NodeJS.Process & { parentPort?: Electron.ParentPort }).parentPort;
if (!parentPort) throw new Error('the API process runs only as an Electron utility process');

const port: RelayPort = {
  post: (message) => parentPort.postMessage(message),
  listen: (onMessage) => parentPort.on('message', (event) => onMessage(event.data as RelayMessage)),
};
serveApi(port, argument('--app-version'), (platform) => createApi({ dataDir: argument('--data-dir'), platform }).dispatch);
