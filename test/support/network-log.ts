import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The hook the browser host is started with in e2e tests (`node --import <this>`). */
export const noNetworkHook = path.join(path.dirname(fileURLToPath(import.meta.url)), 'no-network-hook.mjs');

export interface NetworkAttempt {
  event: 'connect' | 'dns' | 'fetch';
  host: string;
  pid: number;
}

/** Reads the hook's log: whether it was loaded at all, and every outbound attempt it saw. */
export function readNetworkLog(file: string): { loaded: boolean; attempts: NetworkAttempt[] } {
  let lines: string[] = [];
  try {
    lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean);
  } catch {
    return { loaded: false, attempts: [] };
  }
  const entries = lines.map((line) => JSON.parse(line) as Omit<NetworkAttempt, 'event'> & { event: string });
  return { loaded: entries.some((e) => e.event === 'hook-loaded'), attempts: entries.filter((e): e is NetworkAttempt => e.event !== 'hook-loaded') };
}
