import { appSettingsSchema, type AppSettings } from '../../../shared/schemas/settings';
import type { DocumentSpec } from '../store/document-spec';

export const settingsSpec: DocumentSpec<AppSettings> = {
  name: 'settings',
  schema: appSettingsSchema,
  version: 1,
  empty: () => appSettingsSchema.parse({}),
};
