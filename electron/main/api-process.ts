import { utilityProcess } from 'electron';
import type { ApiChild } from '../api-process/api-process-host';
import type { RelayMessage } from '../api-process/relay-peer';

/**
 * Forks the built API process entry (out/main/api-process.js) as an Electron utility process.
 * Messages posted before it has spawned wait here, so the first window's calls are not lost.
 */
export function forkApiProcess(entry: string, options: { dataDir: string; appVersion: string }): ApiChild {
  const child = utilityProcess.fork(entry, ['--data-dir', options.dataDir, '--app-version', options.appVersion], {
    serviceName: 'Otasuke Desk API',
    stdio: 'inherit',
  });
  let queue: RelayMessage[] | null = [];
  child.once('spawn', () => {
    for (const message of queue ?? []) child.postMessage(message);
    queue = null;
  });
  return {
    post: (message) => (queue ? queue.push(message) : child.postMessage(message)),
    listen: (onMessage) => child.on('message', (message: RelayMessage) => onMessage(message)),
    onExit: (listener) => child.on('exit', listener),
    kill: () => void child.kill(),
  };
}
