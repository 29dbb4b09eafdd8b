import type { Workspace } from '../../services/workspaces';

/** Filled in below once the workbook works end to end. */
export function seedScs(_ws: Workspace, _today: Date): void {}
