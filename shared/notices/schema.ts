/**
 * Things the back end must tell the user about, such as a damaged file that was set aside.
 * Language-neutral: the renderer words them.
 */
export type StorageNoticeKind =
  | 'restored_from_backup'
  | 'started_empty'
  /** A replace-import or restore cut short by a crash: finished, or undone, at the next start. */
  | 'operation_finished'
  | 'operation_rolled_back'
  /** A company whose own record was lost with every backup of it, rebuilt from its other files. */
  | 'workspace_recovered';

export interface StorageNotice {
  id: string;
  kind: StorageNoticeKind;
  /** Which document was affected, e.g. `settings` or `profile`. */
  document: string;
  /** Where the damaged file was copied or moved, so a supporter can look at it; '' when it was missing. */
  movedTo: string;
  /** When the restored backup was made (ISO), when one was used. */
  backupTakenAt: string | null;
  /** Why the file was rejected: `unreadable`, `invalid`, `newer_version`; or `missing` (gone, though backups exist). */
  reason: 'unreadable' | 'invalid' | 'newer_version' | 'missing' | 'interrupted';
  at: string;
}
