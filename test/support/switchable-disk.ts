import { jsonStoreFileWith } from '../../electron/services/store/backend';
import { faultyFs } from './faulty-fs';

/** The file system of one launch, made full or read-only from a given moment on, and healed again. */
export function switchableDisk() {
  let failing: string | undefined;
  const healthy = faultyFs().fsi;
  const factory = jsonStoreFileWith({
    ...healthy,
    write: (fd, data, offset, length) => {
      if (failing) throw Object.assign(new Error(`injected ${failing}`), { code: failing });
      // A nearly full disk takes a few bytes at a time; the save must still be whole.
      return healthy.write(fd, data, offset, Math.min(length, 3));
    },
  });
  return { factory, fail: (code: string) => (failing = code), heal: () => (failing = undefined) };
}
