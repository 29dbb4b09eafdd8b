import { command } from '../api/endpoint';
import { saveFileRequestSchema, type SaveFileResult } from './schema';

export const filesContract = {
  /**
   * Saves a generated file through the native save dialog. The browser host has no dialog and
   * answers `unavailable`; the page then downloads the file itself.
   */
  save: command<SaveFileResult>()(saveFileRequestSchema, { scope: 'app' }),
};
