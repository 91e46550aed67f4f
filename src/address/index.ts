export type { DomainIssue, DomainIssueCode } from './domain.js';
export { suggestLocalPart } from './suggestLocalPart.js';
export type {
  LocalPartIssue,
  LocalPartIssueCode,
  LocalPartResult,
  LocalPartRule,
} from './types.js';
export type {
  AddressIssue,
  AddressMode,
  AddressOnlyIssue,
  AddressOptions,
  AddressResult,
} from './validateAddress.js';
export {
  ADDRESS_MAX_LENGTH,
  isValidAddress,
  parseAddress,
  validateAddress,
} from './validateAddress.js';
export {
  isValidLocalPart,
  LOCAL_PART_MAX_LENGTH,
  validateLocalPart,
  validateLocalPartPrefix,
} from './validateLocalPart.js';
