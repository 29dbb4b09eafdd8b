import type { Translations } from '../../i18n/types';
import type { notices as ja } from './ja';

export const notices: Translations<typeof ja> = {
  restored: {
    title: 'Part of your saved data was damaged and has been restored from a backup',
    body: 'The file for “{{document}}” could not be used, so it was put back to the automatic backup from {{backupTakenAt}}. Anything entered after that may be missing.',
  },
  startedEmpty: {
    title: 'Part of your saved data was damaged and no usable backup was found',
    body: '“{{document}}” starts empty. The original file has been kept, not deleted.',
  },
  finished: {
    title: 'An import or restore that was cut short has been finished',
    body: 'The app stopped in the middle of replacing a company from a file or restoring an earlier state. The new data had been written in full, so the step was completed.',
  },
  recovered: {
    title: 'A company’s own record was lost and has been rebuilt',
    body: 'The company’s record file (workspace.json) and its backups were gone, but the company’s data was still there, so the record was rebuilt from it. Please check the company’s name under Settings → Switch or add companies.',
  },
  rolledBack: {
    title: 'An import or restore that was cut short has been undone',
    body: 'The app stopped in the middle of replacing a company from a file or restoring an earlier state. The company is back as it was before; try again if you still need to.',
  },
  storageFull: {
    title: 'The disk is full, so changes cannot be saved',
    body: 'You can still see everything, but nothing new or changed is saved. Free up some space, then save again.',
  },
  storageReadOnly: {
    title: 'The data folder cannot be written, so changes cannot be saved',
    body: 'You can still see everything, but nothing new or changed is saved. Check that the folder is not read-only and that you may write to it.',
  },
  dataFolder: 'Data folder: {{path}}',
  movedTo: 'The damaged file is kept at: {{path}}',
  reason: {
    unreadable: 'The file could not be read',
    invalid: 'The file’s contents were not in the expected format',
    newer_version: 'The file was saved by a newer version of the app',
    missing: 'The file was missing (it may have been deleted or moved)',
    interrupted: 'The app stopped in the middle of the work',
  },
  documents: {
    settings: 'App settings',
    workspace: 'Company record',
    profile: 'Company profile',
    other: 'Data',
  },
};
