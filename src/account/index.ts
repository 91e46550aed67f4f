export type {
  StudentApplication,
  StudentDocument,
  StudentIssue,
  StudentIssueCode,
  StudentResult,
} from './account.js';
export {
  checkStudentEligibility,
  INVITATION_VALID_DAYS,
  invitationExpiresAt,
  STUDENT_COUNTRIES,
  STUDENT_MAX_YEARS,
  SUPPORT_ACCESS_DAYS,
  supportAccessExpiresAt,
} from './account.js';
