import { z } from 'zod';
import { endpoint } from '../endpoint';
import { noInput } from '../../schemas/common';
import { languageSchema, type AppSettings } from '../../schemas/settings';

export const settingsContract = {
  get: endpoint<AppSettings>()(noInput),
  setLanguage: endpoint<AppSettings>()(z.object({ language: languageSchema }).strict()),
};
