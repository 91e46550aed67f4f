export type {
  ProtocolAdvice,
  ProtocolNeeds,
  ProtocolReason,
  ProtocolWarning,
} from './adviseProtocol.js';
export { adviseProtocol } from './adviseProtocol.js';
export type {
  ClientServerInput,
  ClientSettingsInput,
  ClientSettingsResult,
  Finding,
  FindingCode,
  PatchOperation,
} from './checkClientSettings.js';
export { checkClientSettings } from './checkClientSettings.js';
export type {
  ImapFlowOptions,
  MailAuth,
  NodemailerSmtpOptions,
  TlsOptions,
} from './clientOptions.js';
export { toImapFlowOptions, toNodemailerOptions } from './clientOptions.js';
export type { AppleProfileOptions, ConfigResult, SrvRecord, SrvResult } from './configs.js';
export {
  appleMobileconfig,
  autodiscoverXml,
  srvRecords,
  thunderbirdAutoconfig,
} from './configs.js';
export type {
  AuthMethod,
  Endpoint,
  EndpointStatus,
  MailProtocol,
  Security,
} from './connection.data.js';
export { ENDPOINTS, MAIL_SERVER } from './connection.data.js';
export type { ClientErrorCause, ClientErrorDiagnosis } from './diagnoseClientError.js';
export { diagnoseClientError } from './diagnoseClientError.js';
export type {
  Remedy,
  ReplyKind,
  ReplySubject,
  SmtpCause,
  SmtpDiagnosis,
} from './diagnoseSmtpReply.js';
export { diagnoseSmtpReply } from './diagnoseSmtpReply.js';
export type { DiagnosisText } from './messages.js';
export { formatDiagnosis } from './messages.js';
export type { ProtocolAdviceText } from './protocolMessages.js';
export { formatProtocolAdvice } from './protocolMessages.js';
export type { RecommendOptions, RecommendResult, ServerSettings } from './recommendSettings.js';
export { recommendSettings } from './recommendSettings.js';
