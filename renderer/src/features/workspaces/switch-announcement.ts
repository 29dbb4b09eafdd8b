import { useSyncExternalStore } from 'react';

/**
 * What a company change just did ("「X」を読み込み…"), kept outside the page: opening another
 * company starts every page afresh (App.tsx), which would otherwise wipe the message at once.
 * It lasts until the user moves to another page.
 */
type Announcements = Readonly<Record<string, string>>;
let announcements: Announcements = {};
const listeners = new Set<() => void>();

function publish(next: Announcements) {
  announcements = next;
  for (const listener of listeners) listener();
}

export function announce(source: string, name: string): void {
  publish({ ...announcements, [source]: name });
}

/** Any new change of company makes earlier messages out of date. */
export function clearAnnouncements(): void {
  if (Object.keys(announcements).length) publish({});
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof window !== 'undefined') window.addEventListener('hashchange', () => publish({}));

/** The company name the last change from `source` announced, or undefined. */
export function useAnnouncement(source: string): string | undefined {
  return useSyncExternalStore(subscribe, () => announcements[source]);
}
