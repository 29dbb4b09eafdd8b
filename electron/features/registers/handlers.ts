import type { Handlers } from '../../../shared/api/contract';
import { localDay } from '../../../shared/dates/local-day';
import { registersText } from '../../../shared/registers/i18n';
import { exportTable } from '../../../shared/registers/spreadsheet/export-rows';
import type { Services } from '../../services/services';
import { ParkedImports } from './imports';
import { putEntries, readRegisters, removeEntry } from './repository';
import type { GeneratedFile } from '../../../shared/files/schema';
import { runSheetJobOffThread } from './off-thread';

export function registersHandlers(services: Services): Handlers['registers'] {
  const imports = new ParkedImports();
  const ws = () => services.requestWorkspace();
  return {
    all: () => readRegisters(ws()),
    save: ({ register, entry }) => putEntries(ws(), register, [entry], services.now())[0]!,
    remove: ({ register, id }) => {
      removeEntry(ws(), register, id);
      return null;
    },
    exportFile: async ({ register, format, language }) => {
      const now = services.now();
      const table = { name: registersText[language].kinds[register], ...exportTable(register, readRegisters(ws()), language) };
      const fileName = `register-${register}-${localDay(now)}.${format}`;
      const done = (await runSheetJobOffThread({ type: 'write', format, table, fileName, now: now.toISOString() })) as { file: GeneratedFile };
      return done.file;
    },
    importPreview: ({ register, base64 }) => {
      const w = ws();
      return imports.preview(w.id, register, Buffer.from(base64, 'base64'), readRegisters(w), services.now());
    },
    importCommit: ({ token }) => {
      const w = ws();
      const { kind, plan } = imports.take(w.id, token);
      // The rows were checked at preview; `putEntries` checks them again against today's registers.
      const saved = putEntries(w, kind, plan.rows.map((r) => r.entry), services.now());
      const updated = plan.rows.filter((r) => r.entry.id).length;
      return { added: saved.length - updated, updated };
    },
    importCancel: ({ token }) => {
      imports.cancel(ws().id, token);
      return null;
    },
  };
}
