export type {
  BackupScheduleOptions,
  RecoveryInput,
  RecoveryIssue,
  RecoveryIssueCode,
  RecoveryResult,
  RestoreEffects,
  RestoreOptionsResult,
} from './backups.js';
export {
  BACKUP_HOUR,
  BACKUP_TIME_ZONE,
  backupTimes,
  canRecover,
  restoreOptions,
} from './backups.js';
export type { FolderOptions, PurgeInfo } from './classifyFolder.js';
export {
  classifyFolder,
  isAutoPurgedFolder,
  PURGE_AFTER_DAYS,
  purgeDate,
  whenPurged,
} from './classifyFolder.js';
export type { FolderKind, FolderNames } from './folders.data.js';
export { FOLDER_NAMES } from './folders.data.js';
export { decodeImapUtf7 } from './utf7.js';
