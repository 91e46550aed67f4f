export { attachmentDelivery } from './attachmentDelivery.js';
export type { Base64Options } from './base64EncodedLength.js';
export { base64EncodedLength } from './base64EncodedLength.js';
export type { MessageSizeResult } from './checkMessageSize.js';
export { checkMessageSize } from './checkMessageSize.js';
export type { MaxAttachmentOptions } from './maxAttachmentBytes.js';
export { maxAttachmentBytes } from './maxAttachmentBytes.js';
export type { AttachmentDelivery, AttachmentTier } from './size.data.js';
export { ATTACHMENT_TIERS, BASE64_LINE_LENGTH, MAX_MESSAGE_BYTES } from './size.data.js';
