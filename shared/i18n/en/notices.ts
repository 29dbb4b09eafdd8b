import type { Translations } from '../types';
import type { notices as ja } from '../ja/notices';

export const notices: Translations<typeof ja> = {
  restored: {
    title: 'Part of your saved data was damaged and has been restored from a backup',
    body: 'The file for “{{document}}” could not be used, so it was put back to the automatic backup from {{backupTakenAt}}. Anything entered after that may be missing.',
  },
  startedEmpty: {
    title: 'Part of your saved data was damaged and no usable backup was found',
    body: '“{{document}}” starts empty. The original file has been kept, not deleted.',
  },
  movedTo: 'The damaged file is kept at: {{path}}',
  reason: {
    unreadable: 'The file could not be read',
    invalid: 'The file’s contents were not in the expected format',
    newer_version: 'The file was saved by a newer version of the app',
    missing: 'The file was missing (it may have been deleted or moved)',
  },
  documents: {
    settings: 'App settings',
    workspace: 'Company record',
    profile: 'Company profile',
    other: 'Data',
  },
};
