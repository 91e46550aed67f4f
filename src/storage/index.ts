export type { CheckStorageInput, StorageFullIssue, StorageResult } from './checkStorage.js';
export { checkStorage } from './checkStorage.js';
export type { FolderAdvice, FolderRemedy } from './folderAdvice.js';
export { folderAdvice } from './folderAdvice.js';
export type { FolderAdviceText } from './folderAdviceMessages.js';
export { formatFolderAdvice } from './folderAdviceMessages.js';
export { FOLDER_MESSAGE_ADVICE } from './storage.data.js';
