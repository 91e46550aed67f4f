import { messageContext } from '../i18n/context.js';
import { formatIssue } from '../i18n/formatIssue.js';
import type { Locale } from '../i18n/types.js';
import { toOfferRow } from '../offers/ids.js';
import { OFFER_IDS, OFFERS } from '../offers/offer.js';
import { checkMessageSize } from '../size/checkMessageSize.js';
import { checkStorage } from '../storage/checkStorage.js';
import { readSize } from './attachment.js';
import { type CliIo, EXIT, paint, UsageError } from './common.js';
import { WORDS } from './words.js';

/** The options `storage` reads. */
export interface StorageOptions {
  readonly json?: boolean | undefined;
  readonly offer?: string | undefined;
  readonly used?: string | undefined;
  readonly incoming?: string | undefined;
}

/**
 * `mail-policy storage --offer ID --used SIZE [--incoming SIZE]`: is there room in the mailbox
 * for a message about to arrive (R-STOR-1), what its sender sees when there is not (R-STOR-3),
 * and which offers of the same family have no limit. A message over 201 MiB is refused whatever
 * the storage (R-SIZE-1). Exit 0 when there is room, 1 when not.
 */
export function storage(options: StorageOptions, locale: Locale, io: CliIo): number {
  if (options.offer === undefined) throw new UsageError('--offer is required');
  const { family } = toOfferRow(options.offer, 'offer');
  if (options.used === undefined) throw new UsageError('--used is required');
  const usedBytes = readSize(options.used, '--used');
  const incomingBytes =
    options.incoming === undefined ? 0 : readSize(options.incoming, '--incoming');
  const result = checkStorage({ offer: options.offer as never, usedBytes, incomingBytes });
  const message = options.incoming === undefined ? null : checkMessageSize(incomingBytes);
  const issues = [
    ...(result.ok ? [] : result.issues),
    ...(message?.ok !== false ? [] : message.issues),
  ];
  // Only a refusal for storage calls for a larger offer; the unlimited ones of the same family.
  const unlimitedOffers = result.ok
    ? []
    : OFFER_IDS.filter(
        (id) => OFFERS[id].family === family && OFFERS[id].storageBytes === 'unlimited',
      );
  if (options.json) {
    const messages = issues.map((issue) => formatIssue(issue, locale));
    io.stdout(
      JSON.stringify(
        {
          offer: options.offer,
          usedBytes,
          incomingBytes,
          storage: result,
          message,
          unlimitedOffers,
          messages,
        },
        null,
        2,
      ),
    );
  } else {
    const { colon, storage: words } = WORDS[locale];
    const { bytes } = messageContext(locale);
    const incoming = bytes(incomingBytes);
    let head: string;
    if (result.limit === 'unlimited') {
      head = `${paint(io, 'ok', words.unlimited)} (R-STOR-1)${colon}${words.used(bytes(usedBytes))}`;
    } else {
      // A limit in bytes comes with free bytes and a share (checkStorage's answer).
      const free = result.freeBytes as number;
      const ratio = result.usedRatio as number;
      const verdict = result.ok
        ? options.incoming === undefined
          ? words.within
          : words.room(incoming)
        : usedBytes > result.limit
          ? words.over
          : words.full(incoming);
      // Rounded down to a tenth of a per cent, so that 100 % means nothing is left.
      const share = new Intl.NumberFormat(locale, {
        style: 'percent',
        maximumFractionDigits: 1,
      }).format(Math.floor(ratio * 1000) / 1000);
      head = `${paint(io, result.ok ? 'ok' : 'refused', verdict)} (R-STOR-1)${colon}${words.usage(
        bytes(usedBytes),
        bytes(result.limit),
        share,
        bytes(free),
      )}`;
    }
    const lines = [head];
    for (const issue of issues) {
      lines.push(`  - ${issue.code} (${issue.rule})${colon}${formatIssue(issue, locale)}`);
    }
    if (!result.ok) {
      lines.push(`  R-STOR-3${colon}${words.bounce}`);
      const names = unlimitedOffers.map((id) => OFFERS[id].name).join(', ');
      lines.push(`  ${words.upgrade(names)}`);
    }
    io.stdout(lines.join('\n'));
  }
  return issues.length === 0 ? EXIT.ok : EXIT.refused;
}
