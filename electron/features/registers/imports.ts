import { randomUUID } from 'node:crypto';
import { AppError } from '../../../shared/api/result';
import { localDay } from '../../../shared/dates/local-day';
import type { ImportPreview } from '../../../shared/registers/contract';
import type { RegisterKind } from '../../../shared/registers/fields';
import type { Registers } from '../../../shared/registers/schema';
import type { ImportPlan } from '../../../shared/registers/spreadsheet/import-rows';
import { runSheetJobOffThread } from './off-thread';

interface Parked {
  workspaceId: string;
  kind: RegisterKind;
  plan: ImportPlan;
  at: number;
}

/** A previewed import is kept this long for its confirmation; then it must be read again. */
const keepMs = 30 * 60 * 1000;

/**
 * Previewed imports by token, in memory only: the preview writes nothing, and only the rows
 * that passed are saved when the owner confirms. A restart forgets them.
 */
export class ParkedImports {
  private readonly parked = new Map<string, Parked>();

  async preview(workspaceId: string, kind: RegisterKind, bytes: Buffer, registers: Registers, now: Date): Promise<ImportPreview> {
    const found = (await runSheetJobOffThread({ type: 'plan', kind, bytes, registersJson: JSON.stringify(registers), today: localDay(now) })) as { sheet: string; plan: ImportPlan };
    this.sweep(now.getTime());
    const token = randomUUID();
    this.parked.set(token, { workspaceId, kind, plan: found.plan, at: now.getTime() });
    const { rows, ...rest } = found.plan;
    return { ...rest, token, sheet: found.sheet, toAdd: rows.filter((r) => !r.entry.id).length, toUpdate: rows.filter((r) => r.entry.id).length };
  }

  /** Hands the plan over once; another company's token is as unknown as a made-up one. */
  take(workspaceId: string, token: string): Parked {
    const parked = this.parked.get(token);
    if (!parked || parked.workspaceId !== workspaceId) throw new AppError('not_found', 'import');
    this.parked.delete(token);
    return parked;
  }

  cancel(workspaceId: string, token: string): void {
    if (this.parked.get(token)?.workspaceId === workspaceId) this.parked.delete(token);
  }

  private sweep(now: number): void {
    for (const [token, parked] of this.parked) if (now - parked.at > keepMs) this.parked.delete(token);
  }
}
