import fs from 'node:fs';
import { isStorageProblem, type ApiErrorCode, type StorageProblem } from '../../../shared/api/result';
import { beforeWrite } from '../request-context';
import type { StoreFileFactory } from './backend';
import { crashPoint } from './crash-points';

/**
 * Whether saving works right now. Set by a write the disk refused (full, read-only) or by the
 * start-up probe; cleared by the next write that succeeds. The app keeps showing everything
 * meanwhile, and the page says why changes cannot be saved.
 */
export class StorageHealth {
  private problem: StorageProblem | null = null;

  /** `onChange` hears each turn from working to refused and back (the support log). */
  constructor(private readonly onChange: (problem: StorageProblem | null) => void = () => undefined) {}

  current(): StorageProblem | null {
    return this.problem;
  }

  failed(code: ApiErrorCode): void {
    if (!isStorageProblem(code)) return;
    if (this.problem !== code) this.onChange(code);
    this.problem = code;
  }

  /** Inside the command that wrote: announced, so the page drops its banner at once. */
  succeeded(): void {
    if (!this.problem) return;
    this.problem = null;
    this.onChange(null);
    beforeWrite('storage');
  }

  /** Start-up: one small write beside the data, through the same file layer, then removed. */
  probe(dataDir: string, fileFactory: StoreFileFactory, toCode: (error: unknown) => ApiErrorCode): void {
    try {
      fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
      const file = fileFactory({ cwd: dataDir, configName: '.write-probe' });
      file.write({ probe: true });
      crashPoint('probe: remove');
      fs.rmSync(file.path, { force: true });
    } catch (error) {
      this.failed(toCode(error));
    }
  }
}
