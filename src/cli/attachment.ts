import { SIZE } from '../_lib/regexes.js';
import { messageContext } from '../i18n/context.js';
import { formatIssue } from '../i18n/formatIssue.js';
import type { Locale } from '../i18n/types.js';
import { attachmentDelivery } from '../size/attachmentDelivery.js';
import { base64EncodedLength } from '../size/base64EncodedLength.js';
import { checkMessageSize } from '../size/checkMessageSize.js';
import { formatAttachmentDelivery } from '../size/deliveryMessages.js';
import { maxAttachmentBytes } from '../size/maxAttachmentBytes.js';
import { badValue, type CliIo, EXIT, paint } from './common.js';
import { WORDS } from './words.js';

/** The options `attachment` reads. */
export interface AttachmentOptions {
  readonly json?: boolean | undefined;
  readonly other?: string | undefined;
}

const KIB = 1024;
const MIB = 1024 ** 2;
const GIB = 1024 ** 3;
const TIB = 1024 ** 4;

/**
 * What each unit multiplies, by its name in lower case. The units the answers write (KiB, MiB,
 * GiB, and in French Ko, Mo, Go, as the provider's French guides write its "201 Mo exactos")
 * count by 1024, and so do the bare letters `ls -lh` and `du -h` write (`180M`); kB, MB, GB and
 * TB count by 1000, as the SI and macOS do.
 */
const UNITS: Readonly<Record<string, number>> = {
  '': 1,
  b: 1,
  byte: 1,
  bytes: 1,
  o: 1,
  octet: 1,
  octets: 1,
  k: KIB,
  kib: KIB,
  ko: KIB,
  kb: 1e3,
  m: MIB,
  mib: MIB,
  mo: MIB,
  mb: 1e6,
  g: GIB,
  gib: GIB,
  go: GIB,
  gb: 1e9,
  t: TIB,
  tib: TIB,
  to: TIB,
  tb: 1e12,
};

/** The largest size read: a pebibyte, so that its base64 form is still an exact number. */
const MAX_SIZE = 1024 ** 5;

const EXPECTED =
  'a size in bytes, or with a unit: 180MB, 25 MiB, 1.5G (KiB, MiB, GiB, Ko, Mo, Go and K, M, G count by 1024; kB, MB, GB by 1000)';

/**
 * A size given to `flag`, in bytes: `180MB` is 180,000,000, `25 MiB` and `25M` 26,214,400. A
 * fraction is rounded to the nearest byte; a fraction of bytes, an unknown unit, and a comma
 * before three digits (`1,500 MB`: 1.5 or 1,500?) are refused.
 */
export function readSize(text: string, flag: string): number {
  const match = SIZE.exec(text.trim());
  if (match === null) throw badValue(flag, EXPECTED, text);
  const [, whole, separator, fraction, unit] = match;
  const name = (unit as string).toLowerCase(); // the group matches, if only nothing
  if (!Object.hasOwn(UNITS, name)) throw badValue(flag, EXPECTED, text);
  const factor = UNITS[name] as number;
  if (fraction !== undefined && factor === 1) throw badValue(flag, 'a whole number of bytes', text);
  if (separator === ',' && (fraction as string).length === 3)
    throw badValue(flag, `${EXPECTED}, with a dot before a fraction`, text);
  const size = Math.round(Number(`${whole}.${fraction ?? 0}`) * factor);
  if (size > MAX_SIZE) throw badValue(flag, `${EXPECTED}, at most 1 PiB`, text);
  return size;
}

/**
 * `mail-policy attachment SIZE [--other SIZE]`: does a file of this size fit in one message once
 * base64-encoded (R-SIZE-1, R-SIZE-2), next to `--other` bytes of headers and text, and how does
 * the webmail carry it (R-SIZE-3)? Exit 0 when it fits, 1 when it does not.
 */
export function attachment(
  text: string,
  options: AttachmentOptions,
  locale: Locale,
  io: CliIo,
): number {
  const rawBytes = readSize(text, 'SIZE');
  const otherBytes = options.other === undefined ? 0 : readSize(options.other, '--other');
  const encodedBytes = base64EncodedLength(rawBytes);
  const message = checkMessageSize(encodedBytes + otherBytes);
  const largest = maxAttachmentBytes({ otherBytes });
  const webmail = attachmentDelivery(rawBytes);
  if (options.json) {
    const messages = message.ok ? [] : message.issues.map((issue) => formatIssue(issue, locale));
    io.stdout(
      JSON.stringify(
        {
          rawBytes,
          otherBytes,
          encodedBytes,
          message,
          maxAttachmentBytes: largest,
          webmail,
          webmailText: formatAttachmentDelivery(webmail, locale),
          messages,
        },
        null,
        2,
      ),
    );
  } else {
    const { colon, semicolon, attachment: words } = WORDS[locale];
    const { bytes, count } = messageContext(locale);
    const exactly = (size: number) =>
      size < KIB ? bytes(size) : `${bytes(size)} (${count(size)} ${words.bytes})`;
    const verdict = paint(
      io,
      message.ok ? 'ok' : 'refused',
      message.ok ? words.fits : words.tooLarge,
    );
    // A message a few bytes over the limit reads as the limit does: then both are exact.
    const close = !message.ok && bytes(message.sizeBytes) === bytes(message.limit);
    const shown = close ? exactly : bytes;
    const limit = shown(message.limit);
    const encoded = [shown(encodedBytes)];
    if (otherBytes > 0) encoded.push(words.whole(shown(message.sizeBytes)));
    encoded.push(message.ok ? words.spare(bytes(message.spareBytes), limit) : words.over(limit));
    io.stdout(
      [
        `${exactly(rawBytes)}${colon}${verdict} (R-SIZE-1)`,
        `  ${words.encoded}${colon}${encoded.join(', ')}${
          message.ok ? '' : `${semicolon}${words.largest(exactly(largest))}`
        }`,
        `  R-SIZE-3${colon}${formatAttachmentDelivery(webmail, locale)}`,
      ].join('\n'),
    );
  }
  return message.ok ? EXIT.ok : EXIT.refused;
}
