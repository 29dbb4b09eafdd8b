import { nodeAtomicFs, type AtomicFs } from '../../electron/services/store/atomic-write';

export type AtomicStep = keyof AtomicFs;

/**
 * The real file system with one step made to fail (the `nth` call of `step`, counting from 1)
 * and, optionally, every write cut to `maxWrite` bytes, as a nearly full disk does.
 */
export function faultyFs(options: { step?: AtomicStep; nth?: number; code?: string; maxWrite?: number } = {}) {
  const calls: Partial<Record<AtomicStep, number>> = {};
  const fail = (step: AtomicStep) => {
    calls[step] = (calls[step] ?? 0) + 1;
    if (step === options.step && calls[step] === (options.nth ?? 1)) {
      throw Object.assign(new Error(`injected ${options.code ?? 'EIO'} at ${step}`), { code: options.code ?? 'EIO' });
    }
  };
  const fsi: AtomicFs = {
    open: (file, flags, mode) => (fail('open'), nodeAtomicFs.open(file, flags, mode)),
    write: (fd, data, offset, length) => {
      fail('write');
      return nodeAtomicFs.write(fd, data, offset, Math.min(length, options.maxWrite ?? length));
    },
    fsync: (fd) => (fail('fsync'), nodeAtomicFs.fsync(fd)),
    fstat: (fd) => (fail('fstat'), nodeAtomicFs.fstat(fd)),
    close: (fd) => {
      // The real close happens first, so a failing close does not leak the descriptor.
      nodeAtomicFs.close(fd);
      fail('close');
    },
    link: (existing, created) => (fail('link'), nodeAtomicFs.link(existing, created)),
    rename: (from, to) => (fail('rename'), nodeAtomicFs.rename(from, to)),
    unlink: (file) => (fail('unlink'), nodeAtomicFs.unlink(file)),
    fsyncDir: (dir) => (fail('fsyncDir'), nodeAtomicFs.fsyncDir(dir)),
  };
  return { fsi, calls };
}
