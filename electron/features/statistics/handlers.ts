import type { Handlers } from '../../../shared/api/contract';
import { companyFileName } from '../../../shared/files/company-file-name';
import { localDay } from '../../../shared/dates/local-day';
import { statisticsFileLimits } from '../../../shared/statistics/contract';
import type { RefusedFile } from '../../../shared/statistics/report';
import { duckDbProblem } from '../../services/duckdb';
import type { Services } from '../../services/services';
import { collectFacts, factsFile, factsReport, withUploadedFiles } from './statistics';

// Parquet has no type the save dialog knows; its extension says what it is.
const mimeTypes = { parquet: 'application/octet-stream', csv: 'text/csv' } as const;

export function statisticsHandlers(services: Services): Handlers['statistics'] {
  return {
    status: async () => {
      const problem = await duckDbProblem();
      return { available: problem === null, problem };
    },
    exportFacts: async ({ format, k }) => {
      const bytes = await factsFile(collectFacts(services.workspaces, k), format);
      return {
        // No company in the name: the file is about all of them, and names none.
        fileName: companyFileName('statistics', '', localDay(services.now()), format),
        mimeType: mimeTypes[format],
        base64: bytes.toString('base64'),
        fingerprint: null,
      };
    },
    report: async ({ k, files, includeOwn }) => {
      const uploads = files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') }));
      const tooLarge: RefusedFile[] = uploads.filter((u) => u.bytes.length > statisticsFileLimits.bytes).map((u) => ({ name: u.name, problem: 'too_large', columns: [] }));
      const own = includeOwn ? collectFacts(services.workspaces, k) : [];
      const report = await withUploadedFiles(uploads.filter((u) => u.bytes.length <= statisticsFileLimits.bytes), (sources) => factsReport(own, sources, k));
      return { ...report, refused: [...tooLarge, ...report.refused] };
    },
  };
}
