import { formatIssue } from '../i18n/formatIssue.js';
import type { Locale } from '../i18n/types.js';
import { canRecover, restoreOptions } from '../retention/backups.js';
import { whenPurged } from '../retention/classifyFolder.js';
import { decodeImapUtf7 } from '../retention/utf7.js';
import { folderAdvice } from '../storage/folderAdvice.js';
import { formatFolderAdvice } from '../storage/folderAdviceMessages.js';
import {
  badValue,
  type CliIo,
  EXIT,
  isoInstant,
  paint,
  readCount,
  readDate,
  readTimeZone,
  UsageError,
} from './common.js';
import { WORDS } from './words.js';

/** The options the retention commands read. */
export interface RetentionOptions {
  readonly json?: boolean | undefined;
  readonly offer?: string | undefined;
  readonly received?: string | undefined;
  readonly gone?: string | undefined;
  readonly now?: string | undefined;
  readonly protocol?: string | undefined;
  readonly messages?: string | undefined;
  readonly tz?: string | undefined;
}

/**
 * `mail-policy folder NAME [--messages N] [--json]`: exit 0 for a regular folder, 1 for one the
 * provider purges, 2 for a name that is empty or blank (`mail-policy folder "$NAME"` with
 * nothing in `$NAME` names no folder, and must not read as one that is kept). A name in IMAP
 * modified UTF-7 is shown decoded too: `INBOX.&BBoEPgRABDcEOAQ9BDA- (INBOX.Корзина): trash
 * folder…`. With `--messages`, what the folder's message count means and what to do (R-STOR-2):
 * advice, which leaves the exit code as it is.
 */
export function folder(name: string, options: RetentionOptions, locale: Locale, io: CliIo): number {
  if (name.trim() === '') throw new UsageError('folder needs a name: mail-policy folder NAME');
  const count = readCount(options.messages, '--messages', false);
  const { kind, purged, rule } = whenPurged(name, io.now());
  const utf7 = name.includes('&') ? decodeImapUtf7(name) : null;
  const decoded = utf7 === null || utf7 === name ? undefined : utf7;
  const shown = decoded === undefined ? name : `${name} (${decoded})`;
  const advice = count === undefined ? undefined : folderAdvice(count);
  const text = advice === undefined ? undefined : formatFolderAdvice(advice, locale);
  if (options.json) {
    // JSON.stringify leaves out an undefined field: `decoded` only for a name it changes, the
    // advice only with --messages.
    io.stdout(
      JSON.stringify({ name, decoded, kind, purged, rule, advice, adviceText: text }, null, 2),
    );
  } else {
    const { colon, folder: words } = WORDS[locale];
    const verdict = paint(io, kind === 'regular' ? 'ok' : 'refused', words.kinds[kind]);
    const fate = kind === 'regular' ? `${words.kept} (R-RET-1)` : `${words.purged} (R-RET-2)`;
    const lines = [`${shown}${colon}${verdict}, ${fate}`];
    if (text !== undefined) {
      lines.push(`  R-STOR-2${colon}${text.level}`);
      lines.push(...text.remedies.map((remedy, index) => `  ${index + 1}. ${remedy}`));
    }
    io.stdout(lines.join('\n'));
  }
  return kind === 'regular' ? EXIT.ok : EXIT.refused;
}

/** `mail-policy recover --offer ID --received ISO --gone ISO [--now ISO] [--protocol pop3]`. */
export function recover(options: RetentionOptions, locale: Locale, io: CliIo): number {
  if (options.offer === undefined) throw new UsageError('--offer is required');
  const protocol = options.protocol ?? 'imap';
  if (protocol !== 'imap' && protocol !== 'pop3')
    throw badValue('--protocol', 'imap or pop3', protocol);
  const timeZone = readTimeZone(options.tz);
  const result = canRecover({
    offer: options.offer as never,
    receivedAt: readDate(options.received, '--received', undefined, timeZone),
    goneAt:
      options.gone === undefined ? null : readDate(options.gone, '--gone', undefined, timeZone),
    now: readDate(options.now, '--now', io.now, timeZone),
    protocol,
  });
  // The sentence's dates in the zone the instants are written in: UTC without --tz.
  const format = { timeZone: timeZone ?? 'UTC' };
  if (options.json) {
    io.stdout(
      JSON.stringify(
        result.recoverable
          ? result
          : { ...result, message: formatIssue(result.issue, locale, format) },
        null,
        2,
      ),
    );
  } else {
    const { colon, backups: words } = WORDS[locale];
    io.stdout(
      result.recoverable
        ? `${paint(io, 'ok', words.recoverable)}${colon}${words.restore(isoInstant(result.backup, timeZone))} (R-BKP-2)`
        : `${paint(io, 'refused', words.notRecoverable)}${colon}${result.reason} (${result.issue.rule})${colon}${formatIssue(result.issue, locale, format)}`,
    );
  }
  return result.recoverable ? EXIT.ok : EXIT.refused;
}

/** `mail-policy backups --offer ID [--now ISO]`: the backups a restore can choose from. */
export function backups(options: RetentionOptions, locale: Locale, io: CliIo): number {
  if (options.offer === undefined) throw new UsageError('--offer is required');
  const timeZone = readTimeZone(options.tz);
  const result = restoreOptions({
    offer: options.offer as never,
    now: readDate(options.now, '--now', io.now, timeZone),
  });
  if (options.json) {
    io.stdout(JSON.stringify(result, null, 2));
  } else {
    const { colon, backups: words } = WORDS[locale];
    io.stdout(
      result.backups.length === 0
        ? words.none
        : [
            `${words.list(result.backups.length)} (R-BKP-1, R-BKP-2)${colon.trimEnd()}`,
            ...result.backups.map((backup) => `  ${isoInstant(backup, timeZone)}`),
          ].join('\n'),
    );
  }
  return EXIT.ok;
}
