import { appSettingsSchema, type AppSettings } from '../../../shared/settings/schema';
import type { DocumentSpec } from '../../services/store/document-spec';

export const settingsSpec: DocumentSpec<AppSettings> = {
  name: 'settings',
  schema: appSettingsSchema,
  version: 1,
  empty: () => appSettingsSchema.parse({}),
};
