export type { CheckStorageInput, StorageFullIssue, StorageResult } from './checkStorage.js';
export { checkStorage } from './checkStorage.js';
export type { FolderAdvice } from './folderAdvice.js';
export { folderAdvice } from './folderAdvice.js';
export { FOLDER_MESSAGE_ADVICE } from './storage.data.js';
