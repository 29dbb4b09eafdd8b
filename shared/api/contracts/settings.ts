import { z } from 'zod';
import { command, query } from '../endpoint';
import { noInput } from '../../schemas/common';
import { languageSchema, type AppSettings } from '../../schemas/settings';

export const settingsContract = {
  get: query<AppSettings>()(noInput, { reads: ['settings'], scope: 'app' }),
  setLanguage: command<AppSettings>()(z.object({ language: languageSchema }).strict(), { scope: 'app' }),
};
