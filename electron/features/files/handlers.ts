import type { Handlers } from '../../../shared/api/contract';
import { AppError } from '../../../shared/api/result';
import type { Services } from '../../services/services';

const extensionFilters: Record<string, { name: string; extensions: string[] }> = {
  pdf: { name: 'PDF', extensions: ['pdf'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  otasuke: { name: 'Otasuke Desk', extensions: ['otasuke'] },
  xlsx: { name: 'Excel', extensions: ['xlsx'] },
  ics: { name: 'iCalendar', extensions: ['ics'] },
};

export function filesHandlers(services: Services): Handlers['files'] {
  return {
    save: async ({ fileName, base64 }) => {
      const saveFile = services.platform.saveFile;
      if (!saveFile) throw new AppError('unavailable', 'no save dialog in this host');
      const extension = fileName.split('.').pop()!.toLowerCase();
      const filter = extensionFilters[extension];
      const path = await saveFile({
        suggestedName: fileName,
        data: Buffer.from(base64, 'base64'),
        filters: filter ? [filter] : [],
      });
      return { path };
    },
  };
}
