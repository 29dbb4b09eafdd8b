/**
 * Which company this window shows. It is the window's own state — kept in the window's
 * sessionStorage, so a reload keeps it and another window or tab never changes it — and the
 * client names it in every company-scoped call. The back end only remembers the last one opened,
 * as the default for a new window.
 */
export interface WindowWorkspace {
  get(): string | null;
  set(id: string | null): void;
  subscribe(listener: () => void): () => void;
}

const storageKey = 'otasuke.windowWorkspace';

export function createWindowWorkspace(storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): WindowWorkspace {
  let current = readStored(storage);
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(id) {
      if (id === current) return;
      current = id;
      try {
        if (id) storage?.setItem(storageKey, id);
        else storage?.removeItem(storageKey);
      } catch {
        // Storage refused (private mode, quota): the window still works, it just forgets on reload.
      }
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function readStored(storage?: Pick<Storage, 'getItem'>): string | null {
  try {
    return storage?.getItem(storageKey) ?? null;
  } catch {
    return null;
  }
}

/** The state of this browsing context (window or tab): one per JavaScript realm. */
export function createThisWindowWorkspace(): WindowWorkspace {
  return createWindowWorkspace(typeof sessionStorage === 'undefined' ? undefined : sessionStorage);
}
