import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLES } from '../../test/helpers/examples.js';
import { WORDS } from '../cli/words.js';
import { TEXTS as DIAGNOSIS_TEXTS } from '../connection/messages.js';
import { PROTOCOL_TEXTS } from '../connection/protocolMessages.js';
import { DELIVERY_TEXTS, formatAttachmentDelivery } from '../size/deliveryMessages.js';
import { checkStorage } from '../storage/checkStorage.js';
import { folderAdvice } from '../storage/folderAdvice.js';
import { FOLDER_ADVICE_TEXTS, formatFolderAdvice } from '../storage/folderAdviceMessages.js';
import { createFormatter, MAX_CONTEXTS } from './createFormatter.js';
import { formatIssue, MESSAGES } from './formatIssue.js';
import { frAddress } from './locales/fr-address.js';
import { LOCALES } from './matchLocale.js';
import type { Issue } from './types.js';

describe('formatIssue', () => {
  it('has every code in every locale (parity)', () => {
    const codes = Object.keys(EXAMPLES).sort();
    for (const locale of LOCALES) expect(Object.keys(MESSAGES[locale]).sort()).toEqual(codes);
  });

  it('writes a distinct, non-empty sentence per code and locale, naming the figures', () => {
    for (const issue of Object.values(EXAMPLES) as Issue[]) {
      const sentences = LOCALES.map((locale) => formatIssue(issue, locale));
      expect(new Set(sentences).size).toBe(LOCALES.length);
      for (const sentence of sentences) {
        expect(sentence).toMatch(/^\S.*[.!]$/s);
        if (
          'limit' in issue &&
          issue.code !== 'storage-full' &&
          issue.code !== 'message-too-large'
        ) {
          expect(sentence).toContain(String(issue.limit));
        }
      }
    }
  });

  it('reads like this in the five languages', () => {
    const all = Object.fromEntries(
      (Object.values(EXAMPLES) as Issue[]).map((issue) => [
        issue.code,
        LOCALES.map((locale) => formatIssue(issue, locale)),
      ]),
    );
    expect(all).toMatchSnapshot();
  });

  it('sets every sentence as its language’s typography wants, diagnoses’, protocol advice’s, the webmail’s tiers’ and the command line’s too', () => {
    for (const locale of LOCALES) {
      const { colon, semicolon, check, quota, diagnose, folder, backups, settings } = WORDS[locale];
      const { attachment, verify, storage } = WORDS[locale];
      const bounds = ['25 MiB', '3 GiB', '50 GiB'];
      const said = (label: string, value: string) => `${label}${colon}${value}`;
      const same = (word: string) => word;
      const sentences = [
        ...(Object.values(EXAMPLES) as Issue[]).map((issue) => formatIssue(issue, locale)),
        ...Object.values(DIAGNOSIS_TEXTS[locale].causes),
        ...Object.values(DIAGNOSIS_TEXTS[locale].remedies),
        ...Object.values(PROTOCOL_TEXTS[locale]).flatMap((texts) => Object.values(texts)),
        ...Object.values(FOLDER_ADVICE_TEXTS[locale].levels).map((level) =>
          level('4,500', false, '4,000', '5,000'),
        ),
        FOLDER_ADVICE_TEXTS[locale].levels.ok('1', true, '4,000', '5,000'),
        ...Object.values(FOLDER_ADVICE_TEXTS[locale].remedies),
        // The command line's answers, their lines as it joins them.
        ...(['address', 'rfc', 'local-part'] as const).flatMap((kind) =>
          [true, false].map((ok) => said(check.head(kind, ok, same), 'jean')),
        ),
        check.rfcOnly,
        said(check.suggestion, 'jean'),
        check.noSuggestion,
        said(check.line(1), said(check.header, 'courriel')),
        said(check.refused, check.again('JEAN@exemple.ch', 2)),
        check.total(1, 1, 0),
        check.total(2, 0, 2),
        said(quota.allowed, `${quota.usage(3, 1, 500)}, ${quota.left(1)}`),
        said(
          quota.refused,
          `${quota.usage(20, 492, 500)}${semicolon}${quota.retry('2026-03-02T16:00Z')}`,
        ),
        said(quota.refused, `${quota.usage(150, 0, 500)}${semicolon}${quota.retry(null)}`),
        ...Object.values(diagnose.kinds).map((kind) => said('535 5.7.0', `${kind}, x`)),
        ...Object.values(diagnose.subjects).map((subject) => said('5.7.0', `x, ${subject}`)),
        said('0x800CCC0E', diagnose.clientError),
        said(diagnose.cause, diagnose.unknownCause),
        ...Object.values(folder.kinds).map((kind) => said('Trash', `${kind}, ${folder.purged}`)),
        folder.kept,
        said(backups.recoverable, backups.restore('2026-03-10T04:00Z')),
        backups.notRecoverable,
        backups.none,
        `${backups.list(1)}${colon.trimEnd()}`,
        `${backups.list(30)}${colon.trimEnd()}`,
        `${settings.incoming} ${settings.outgoing} ${settings.port} ${settings.user}`,
        `${settings.password(['PLAIN', 'LOGIN'])} ${settings.noCopy} ${settings.none}`,
        said('180 MB', `${attachment.tooLarge} (R-SIZE-1)`),
        said('12 MiB', `${attachment.fits} (R-SIZE-1)`),
        said(
          attachment.encoded,
          `1 MiB, ${attachment.whole('2 MiB')}, ${attachment.over('201 MiB')}${semicolon}${attachment.largest(`146.9 MiB (154,019,682 ${attachment.bytes})`)}`,
        ),
        said(attachment.encoded, `1 MiB, ${attachment.spare('200 MiB', '201 MiB')}`),
        ...Object.values(DELIVERY_TEXTS[locale]).map((sentence) =>
          said('R-SIZE-3', sentence(bounds)),
        ),
        said(verify.work, verify.nothing),
        said(verify.fail, verify.counts([2, 1, 1])),
        said(verify.work, verify.counts([0, 1, 0])),
        said(`/outgoing/port smtp-port-25 (R-CONN-6)`, Object.values(verify.severities).join(' ')),
        said(`${storage.within} (R-STOR-1)`, storage.usage('5 GiB', '20 GiB', '25%', '15 GiB')),
        said(`${storage.room('25 MiB')} (R-STOR-1)`, storage.usage('1', '20', '5%', '19')),
        said(`${storage.full('1 GiB')} (R-STOR-1)`, storage.usage('20', '20', '100%', '0')),
        said(`${storage.over} (R-STOR-1)`, storage.usage('21', '20', '105%', '0')),
        said(`${storage.unlimited} (R-STOR-1)`, storage.used('900 GiB')),
        said('R-STOR-3', storage.bounce),
        storage.upgrade('kSuite Standard, kSuite Business'),
      ];
      for (const sentence of sentences) {
        // The typographic apostrophe, single spaces, no space at either end.
        expect(sentence, locale).not.toMatch(/'| {2}|^\s|\s$/);
        // French: a no-break space (U+00A0, or the narrow U+202F) before : ; ? ! and », after «,
        // so that a line never starts with the sign.
        if (locale === 'fr')
          expect(sentence).not.toMatch(/[^\u00a0\u202f][:;?!»](?:\s|$)|«[^\u00a0\u202f]/);
        // Spanish opens a question and an exclamation too.
        if (locale === 'es') {
          expect(sentence.split('?').length, sentence).toBe(sentence.split('¿').length);
          expect(sentence.split('!').length, sentence).toBe(sentence.split('¡').length);
        }
      }
    }
  });

  it('says "spaces" in words for white space in a domain, and names any other character', () => {
    const issue = (char: string): Issue => ({
      code: 'domain-invalid-character',
      rule: 'R-LP-6',
      index: 15,
      char,
      count: 1,
    });
    // A space a phone's keyboard leaves after the address, a no-break space, a tab.
    for (const char of [' ', '\u00a0', '\t', '\u3000']) {
      expect(
        LOCALES.map((locale) => formatIssue(issue(char), locale)),
        char,
      ).toEqual([
        'The domain cannot contain spaces.',
        'Le domaine ne peut pas contenir d’espaces.',
        'Die Domain darf keine Leerzeichen enthalten.',
        'Il dominio non può contenere spazi.',
        'El dominio no puede contener espacios.',
      ]);
    }
    expect(formatIssue(issue('\u200b'), 'en')).toBe('The domain cannot contain U+200B.');
    // A combining mark (an accent typed apart from its letter, as macOS pastes names) sits on
    // a dotted circle, as Unicode's charts show it.
    expect(formatIssue(issue('\u0308'), 'en')).toBe(
      'The domain cannot contain “\u25cc\u0308” (U+0308).',
    );
    expect(createFormatter(MESSAGES.fr, 'fr')(issue('\u0301'))).toBe(
      'Le domaine ne peut pas contenir «\u00a0\u25cc\u0301\u00a0» (U+0301).',
    );
    expect(formatIssue(issue('_'), 'de')).toBe('Die Domain darf „_“ nicht enthalten.');
    // The same from a formatter of its own: formatIssue keeps the one an earlier test made.
    expect(createFormatter(MESSAGES.en, 'en')(issue('\t'))).toBe(
      'The domain cannot contain spaces.',
    );
  });

  it('says where a space may stand when one breaks RFC 5321 syntax, and names other characters', () => {
    const issue = (char: string | null): Issue => ({
      code: 'local-part-syntax',
      rule: 'R-LP-6',
      index: 4,
      char,
    });
    // `jean dupont@exemple.ch` in `rfc` mode: a space is allowed only in a quoted local part.
    expect(LOCALES.map((locale) => formatIssue(issue(' '), locale))).toEqual([
      'Before the @, spaces are only allowed between quotes.',
      'Avant le @, les espaces ne sont permis qu’entre guillemets.',
      'Vor dem @ sind Leerzeichen nur zwischen Anführungszeichen erlaubt.',
      'Prima della @ gli spazi sono ammessi solo tra virgolette.',
      'Antes de la @, los espacios solo se admiten entre comillas.',
    ]);
    // A tab or a no-break space is refused even between quotes, so it is named.
    expect(formatIssue(issue('\t'), 'en')).toBe(
      'The part before the @ is not valid address syntax at U+0009.',
    );
    expect(formatIssue(issue('\u00a0'), 'fr')).toBe(
      'La partie avant le @ n’est pas une syntaxe d’adresse valide à U+00A0.',
    );
  });

  it('says when waiting cannot help, and why: the message alone, or another refusal', () => {
    const example = EXAMPLES['daily-limit-reached'];
    const alone = { ...example, weight: example.limit + 1, retryAt: null };
    // Within the limit, retryAt is null only when another refusal is permanent (too many
    // recipients, too large): the message does not exceed the limit alone then.
    const other = { ...example, weight: example.limit, retryAt: null };
    expect(formatIssue(alone)).toContain('Waiting will not help: this message alone exceeds');
    expect(formatIssue(other)).toContain('refused for another reason as well');
    expect(formatIssue(other)).not.toContain('alone exceeds');
    expect(formatIssue(alone, 'de')).toContain('Warten hilft hier nicht');
    expect(formatIssue(other, 'de')).toContain('auch aus einem anderen Grund');
    for (const locale of ['en', 'fr', 'de', 'it', 'es'] as const) {
      const texts = [alone, other, example].map((issue) => formatIssue(issue, locale));
      expect(new Set(texts).size, locale).toBe(3);
    }
    // What follows the counts, in each language: the weights differ, so the whole sentences
    // would differ even if the reason were the same.
    const reasons = (issue: Issue) =>
      LOCALES.map((locale) => {
        const text = formatIssue(issue, locale);
        return text.slice(text.indexOf(').') + 3, text.lastIndexOf('.', text.length - 2) + 1);
      });
    expect(reasons(alone)).toEqual([
      'Waiting will not help: this message alone exceeds the limit.',
      'Attendre n’y changera rien\u00a0: ce message dépasse à lui seul la limite.',
      'Warten hilft hier nicht: Diese Nachricht allein überschreitet das Limit.',
      'Attendere non basta: questo messaggio da solo supera il limite.',
      'Esperar no servirá de nada: este mensaje supera el límite por sí solo.',
    ]);
    // French counts 0 and 1 in the singular, 2 in the plural.
    const counted = (used: number) => {
      const text = formatIssue({ ...example, used }, 'fr');
      return text.slice(text.indexOf('('), text.indexOf(', celui'));
    };
    expect([0, 1, 2].map(counted)).toEqual(['(0 déjà compté', '(1 déjà compté', '(2 déjà comptés']);
    expect(reasons(other)).toEqual([
      'Waiting alone will not help: the message is refused for another reason as well.',
      'Attendre ne suffira pas\u00a0: le message est aussi refusé pour une autre raison.',
      'Warten allein hilft nicht: Die Nachricht wird auch aus einem anderen Grund abgelehnt.',
      'Attendere non basta: il messaggio è rifiutato anche per un altro motivo.',
      'Esperar no bastará: el mensaje se rechaza también por otro motivo.',
    ]);
  });

  it('shows dates in Zurich time unless told otherwise', () => {
    const issue = EXAMPLES['daily-limit-reached'];
    expect(formatIssue(issue, 'en')).toContain('March 2, 2026 at 4:00 PM GMT+1');
    expect(formatIssue(issue, 'en', { timeZone: 'UTC' })).toContain('March 2, 2026 at 3:00 PM UTC');
    // Options given as undefined are the defaults.
    expect(formatIssue(issue, 'en', {})).toContain('March 2, 2026 at 4:00 PM GMT+1');
    expect(formatIssue(issue, 'en', { timeZone: undefined })).toContain('4:00 PM GMT+1');
  });

  it('writes a limit, a count and a weight of one in the singular', () => {
    // A limit of 1 a day (an override: sendPolicyFor), 1 sent already, a message to 1.
    const one = { ...EXAMPLES['daily-limit-reached'], limit: 1, used: 1, weight: 1 };
    expect(LOCALES.map((locale) => formatIssue(one, locale).split(').')[0])).toEqual([
      'Sending this message would exceed the limit of 1 message per 24 hours (1 already counted; this one counts as 1',
      'Cet envoi dépasserait la limite de 1 message par 24 heures (1 déjà compté, celui-ci compte pour 1',
      'Mit dieser Nachricht würde das Limit von 1 Nachricht pro 24 Stunden überschritten (1 bereits gezählt, diese zählt als eine',
      'Con questo invio supereresti il limite di 1 messaggio nelle 24 ore (1 già conteggiato; questo vale 1',
      'Este envío superaría el límite de 1 mensaje cada 24 horas (1 ya contabilizado; este cuenta por 1',
    ]);
    // Nothing sent yet and a message above the limit alone: French writes 0 in the singular,
    // the others in the plural; a weight of 2 or more is a multiple in German.
    const none = { ...EXAMPLES['daily-limit-reached'], limit: 2, used: 0, weight: 3 };
    expect(LOCALES.map((locale) => formatIssue(none, locale).split(').')[0])).toEqual([
      'Sending this message would exceed the limit of 2 messages per 24 hours (0 already counted; this one counts as 3',
      'Cet envoi dépasserait la limite de 2 messages par 24 heures (0 déjà compté, celui-ci compte pour 3',
      'Mit dieser Nachricht würde das Limit von 2 Nachrichten pro 24 Stunden überschritten (0 bereits gezählt, diese zählt 3-fach',
      'Con questo invio supereresti il limite di 2 messaggi nelle 24 ore (0 già conteggiati; questo vale 3',
      'Este envío superaría el límite de 2 mensajes cada 24 horas (0 ya contabilizados; este cuenta por 3',
    ]);
  });

  it('lists the missing documents as a sentence does, one of them in the singular', () => {
    const missing = (
      ...list: ('student-card-or-certificate' | 'identity-card' | 'student-email')[]
    ) =>
      LOCALES.map((locale) =>
        formatIssue({ code: 'missing-documents', rule: 'R-STU-1', missing: list }, locale),
      );
    expect(missing('identity-card')).toEqual([
      'Please send the missing proof: an identity card (both sides).',
      'Veuillez envoyer le justificatif manquant\u00a0: une pièce d’identité (recto verso).',
      'Bitte senden Sie den fehlenden Nachweis: einen Ausweis (Vorder- und Rückseite).',
      'Invia il documento mancante: un documento d’identità (fronte e retro).',
      'Envíe el justificante que falta: un documento de identidad (por ambas caras).',
    ]);
    expect(missing('student-card-or-certificate', 'identity-card', 'student-email')).toEqual([
      'Please send the missing proofs: a current student card or school certificate, an identity card (both sides) and your official student email address.',
      'Veuillez envoyer les justificatifs manquants\u00a0: une carte d’étudiant ou un certificat de scolarité en cours de validité, une pièce d’identité (recto verso) et votre adresse e-mail officielle d’étudiant.',
      'Bitte senden Sie die fehlenden Nachweise: einen gültigen Studentenausweis oder eine Immatrikulationsbescheinigung, einen Ausweis (Vorder- und Rückseite) und Ihre offizielle Studierenden-E-Mail-Adresse.',
      'Invia i documenti mancanti: una tessera studentesca o un certificato di iscrizione valido, un documento d’identità (fronte e retro) e il tuo indirizzo e-mail ufficiale da studente.',
      'Envíe los justificantes que faltan: un carné de estudiante o un certificado escolar vigente, un documento de identidad (por ambas caras) y su dirección de correo oficial de estudiante.',
    ]);
  });

  it('writes the first of a month and the articles before a date as each language does', () => {
    // Noon in Zurich on each day of March 2026, in the three messages that hold a date.
    const on = (day: number) => new Date(Date.UTC(2026, 2, day, 11));
    const texts = (locale: 'fr' | 'it' | 'de' | 'es' | 'en', day: number) => [
      formatIssue({ ...EXAMPLES['daily-limit-reached'], retryAt: on(day) }, locale),
      formatIssue({ ...EXAMPLES['backups-expired'], expiredAt: on(day) }, locale),
      formatIssue({ ...EXAMPLES['programme-ended'], endedAt: on(day) }, locale),
    ];
    // French and Italian write the first day as an ordinal; the other three as a number.
    expect(texts('fr', 1).join('\n')).toMatch(
      /à partir du 1er mars 2026 .*\n.*expiré le 1er mars 2026 .*\n.*pris fin le 1er mars 2026 /,
    );
    expect(texts('it', 1).join('\n')).toMatch(
      /a partire dal 1º marzo 2026 .*\n.*scaduti il 1º marzo 2026 .*\n.*terminata il 1º marzo 2026 /,
    );
    expect(texts('fr', 21).join('\n')).toMatch(/du 21 mars .*\n.*le 21 mars .*\n.*le 21 mars /);
    expect(texts('de', 1)[0]).toContain('ab 1. März 2026 um 12:00 MEZ');
    expect(texts('es', 1)[0]).toContain('a partir del 1 de marzo de 2026');
    expect(texts('en', 1)[0]).toContain('from March 1, 2026 at 12:00 PM');
    // Italian elides "il" and "dal" before otto and undici, and only there.
    for (const day of [8, 11]) {
      expect(texts('it', day).join('\n')).toMatch(
        new RegExp(
          `a partire dall’${day} marzo .*\\n.*scaduti l’${day} marzo .*\\n.*terminata l’${day} marzo `,
        ),
      );
    }
    for (let day = 2; day <= 31; day++) {
      if (day === 8 || day === 11) continue;
      expect(texts('it', day).join('\n')).toMatch(
        new RegExp(
          `partire dal ${day} marzo .*\\n.*scaduti il ${day} marzo .*\\n.*terminata il ${day} marzo `,
        ),
      );
    }
  });

  it('scales bytes by 1024, up to GiB', () => {
    const full = (used: number) => ({
      code: 'storage-full' as const,
      rule: 'R-STOR-1' as const,
      limit: used,
      used,
      incoming: 1023,
    });
    expect(formatIssue(full(1024))).toContain(
      '1\u00a0KiB of 1\u00a0KiB used, and 1,023\u00a0bytes more',
    );
    expect(formatIssue(full(1536 * 1024))).toContain('1.5\u00a0MiB');
    expect(formatIssue(full(2 * 1024 ** 4))).toContain('2,048\u00a0GiB');
  });

  it('writes one byte in the singular, and in French none too', () => {
    const full = (used: number) => ({
      code: 'storage-full' as const,
      rule: 'R-STOR-1' as const,
      limit: 1024,
      used,
      incoming: 2048,
    });
    const used = (bytes: number) =>
      LOCALES.map((locale) => formatIssue(full(bytes), locale).match(/\d+\u00a0\S+/g)?.[0]);
    expect(used(1)).toEqual([
      '1\u00a0byte',
      '1\u00a0octet',
      '1\u00a0Byte',
      '1\u00a0byte',
      '1\u00a0byte',
    ]);
    expect(used(0)).toEqual([
      '0\u00a0bytes',
      '0\u00a0octet',
      '0\u00a0Byte',
      '0\u00a0byte',
      '0\u00a0bytes',
    ]);
    expect(used(2)).toEqual([
      '2\u00a0bytes',
      '2\u00a0octets',
      '2\u00a0Byte',
      '2\u00a0byte',
      '2\u00a0bytes',
    ]);
  });

  it('says of one unit more what it says of several, with no verb to agree with the figure', () => {
    // "1 Go de plus n’y tiendraient pas", "weitere 1 GiB passen", "1 GiB más no cabrían" were
    // written before: the verbs agreed with a plural figure.
    const result = checkStorage({
      offer: 'my-ksuite',
      usedBytes: 19.5 * 1024 ** 3,
      incomingBytes: 1024 ** 3,
    });
    const issue = (result.ok ? [] : result.issues)[0] as Issue;
    expect(LOCALES.map((locale) => formatIssue(issue, locale))).toEqual([
      'The mailbox is full: 19.5\u00a0GiB of 20\u00a0GiB used, and 1\u00a0GiB more would not fit. Please free some space.',
      'La boîte aux lettres est pleine (19,5\u00a0Go sur 20\u00a0Go)\u00a0: il n’y a pas la place pour 1\u00a0Go de plus. Veuillez libérer de l’espace.',
      'Das Postfach ist voll: 19,5\u00a0GiB von 20\u00a0GiB belegt, für 1\u00a0GiB mehr reicht der Platz nicht. Bitte geben Sie Speicherplatz frei.',
      'La casella di posta è piena (19,5\u00a0GiB su 20\u00a0GiB): non c’è posto per 1\u00a0GiB in più. Libera un po’ di spazio.',
      'El buzón está lleno (19,5\u00a0GiB de 20\u00a0GiB): no hay sitio para 1\u00a0GiB más. Libere espacio, por favor.',
    ]);
  });

  it('says by how much a mailbox is over its limit, not that 0 bytes more would not fit', () => {
    // A free offer's mailbox that holds 21 GiB, as after leaving a paid offer: checkStorage
    // refuses it with nothing incoming.
    const result = checkStorage({ offer: 'my-ksuite', usedBytes: 21 * 1024 ** 3 });
    const issue = (result.ok ? [] : result.issues)[0] as Issue;
    expect(issue).toMatchObject({ code: 'storage-full', incoming: 0 });
    expect(LOCALES.map((locale) => formatIssue(issue, locale))).toEqual([
      'The mailbox is 1\u00a0GiB over its limit of 20\u00a0GiB. Please free some space.',
      'La boîte aux lettres dépasse de 1\u00a0Go sa limite de 20\u00a0Go. Veuillez libérer de l’espace.',
      'Das Postfach überschreitet sein Limit von 20\u00a0GiB um 1\u00a0GiB. Bitte geben Sie Speicherplatz frei.',
      'La casella di posta supera di 1\u00a0GiB il suo limite di 20\u00a0GiB. Libera un po’ di spazio.',
      'El buzón supera en 1\u00a0GiB su límite de 20\u00a0GiB. Libere espacio, por favor.',
    ]);
  });

  it('writes a message a few bytes over the limit exactly, not as the limit is written', () => {
    // 210,763,778 bytes is 201 MiB to a tenth, as the limit is: "This message is 201 MiB;
    // messages are limited to 201 MiB" said nothing.
    const tooLarge = (actual: number) => ({
      code: 'message-too-large' as const,
      rule: 'R-SIZE-1' as const,
      limit: 210_763_776,
      actual,
    });
    expect(LOCALES.map((locale) => formatIssue(tooLarge(210_763_778), locale))).toEqual([
      'This message is 210,763,778\u00a0bytes; messages are limited to 201\u00a0MiB (210,763,776 bytes).',
      'Ce message pèse 210\u202f763\u202f778\u00a0octets\u202f; la taille maximale d’un message est de 201\u00a0Mo (210\u202f763\u202f776 octets).',
      'Diese Nachricht ist 210.763.778\u00a0Byte groß; erlaubt sind höchstens 201\u00a0MiB (210.763.776 Byte).',
      'Questo messaggio pesa 210.763.778\u00a0byte; la dimensione massima è di 201\u00a0MiB (210.763.776 byte).',
      'Este mensaje ocupa 210.763.778\u00a0bytes; el tamaño máximo es de 201\u00a0MiB (210.763.776 bytes).',
    ]);
    // From where a tenth of a MiB shows the difference, the size as before.
    const first = (actual: number) => formatIssue(tooLarge(actual)).split(';')[0];
    expect(first(210_816_205)).toBe('This message is 201.1\u00a0MiB');
    expect(first(210_816_204)).toBe('This message is 210,816,204\u00a0bytes');
  });

  it('writes an offer of several addresses in the plural, and a country not given without brackets', () => {
    // Every offer holds 1 address or no limit today; an offer of 5 would read so.
    const five = {
      code: 'address-limit-reached',
      rule: 'R-ADDR-COUNT',
      limit: 5,
      actual: 5,
    } as const;
    expect(LOCALES.map((locale) => formatIssue(five, locale).split('.')[0])).toEqual([
      'This offer includes at most 5 addresses',
      'Cette offre comprend au maximum 5 adresses',
      'Dieses Angebot umfasst höchstens 5 Adressen',
      'Questa offerta comprende al massimo 5 indirizzi',
      'Esta oferta incluye como máximo 5 direcciones',
    ]);
    // checkStudentEligibility({ country: '' }) names no country.
    const nowhere = { code: 'country-not-eligible', rule: 'R-STU-1', country: '' } as const;
    expect(LOCALES.map((locale) => formatIssue(nowhere, locale))).toEqual([
      'The student programme is not open in this country.',
      'Le programme étudiant n’est pas ouvert dans ce pays.',
      'Das Studentenprogramm ist in diesem Land nicht verfügbar.',
      'Il programma studenti non è disponibile in questo paese.',
      'El programa para estudiantes no está disponible en este país.',
    ]);
  });

  it('uses the locale’s units and digit grouping', () => {
    expect(formatIssue(EXAMPLES['message-too-large'], 'fr')).toContain('250\u00a0Mo');
    expect(formatIssue(EXAMPLES['message-too-large'], 'de')).toContain('210.763.776 Byte');
    expect(formatIssue(EXAMPLES['too-many-recipients'], 'en')).toContain('150 recipients');
  });

  it('throws for an unknown locale or something that is not an issue', () => {
    expect(() => formatIssue(EXAMPLES['no-recipients'], 'pt' as never)).toThrow(
      /^locale: expected one of en, fr, de, it, es; received "pt"$/,
    );
    expect(() => formatIssue(EXAMPLES['no-recipients'], '__proto__' as never)).toThrow(/^locale: /);
    expect(() => formatIssue({ code: 'toString' } as never)).toThrow(/^issue: /);
    expect(() => formatIssue(null as never)).toThrow(/^issue: /);
  });

  describe('makes the Intl formats a message needs, when it first needs them', () => {
    const originals = { NumberFormat: Intl.NumberFormat, DateTimeFormat: Intl.DateTimeFormat };
    /** Counts the `new Intl[name](…)` calls from now on. */
    const counted = (name: keyof typeof originals) => {
      const made = { count: 0 };
      const original = originals[name];
      Object.defineProperty(Intl, name, {
        configurable: true,
        writable: true,
        value: new Proxy(original, {
          construct: (target, args) => {
            made.count++;
            return Reflect.construct(target, args);
          },
        }),
      });
      return made;
    };
    afterEach(() => {
      Object.assign(Intl, originals);
    });

    it('none for a message without numbers or dates; each once, later', () => {
      const numbers = counted('NumberFormat');
      const dates = counted('DateTimeFormat');
      const format = createFormatter(frAddress, 'fr');
      expect(format(EXAMPLES['consecutive-dots'])).toBe(
        'Deux points (..) de suite ne sont pas autorisés.',
      );
      expect([numbers.count, dates.count]).toEqual([0, 0]);
      // The number formats are kept for the process, one set per language: an earlier test may
      // have made French's already (vi.resetModules would tell, but it hides Stryker's mutants
      // of module-level tables from every later test).
      format(EXAMPLES['too-long']);
      const made = numbers.count;
      expect(made).toBeLessThanOrEqual(1);
      format(EXAMPLES['too-long']);
      expect([numbers.count, dates.count]).toEqual([made, 0]);
      const full = createFormatter(MESSAGES.fr, 'fr');
      full(EXAMPLES['daily-limit-reached']);
      full(EXAMPLES['daily-limit-reached']);
      expect([numbers.count, dates.count]).toEqual([made, 1]);
      // Every formatter and sentence writer shares the language's number formats: whole numbers
      // (made above) and sizes, made once at most. Each of these made its own at every call.
      formatAttachmentDelivery('swisstransfer-link', 'fr');
      const sizes = numbers.count;
      expect(sizes - made).toBeLessThanOrEqual(1);
      for (let call = 0; call < 3; call++) {
        createFormatter(frAddress, 'fr')(EXAMPLES['too-long']);
        expect(formatFolderAdvice(folderAdvice(4500), 'fr').level).toContain('4\u202f500 messages');
        expect(formatAttachmentDelivery('swisstransfer-link', 'fr')).toContain('3\u00a0Go');
      }
      expect([numbers.count, dates.count]).toEqual([sizes, 1]);
    });

    it('checks a time zone that is given at once, even for a message without a date', () => {
      const dates = counted('DateTimeFormat');
      const format = createFormatter(frAddress, 'fr');
      const dots = EXAMPLES['consecutive-dots'];
      expect(format(dots, { timeZone: 'UTC' })).toBe(
        'Deux points (..) de suite ne sont pas autorisés.',
      );
      expect(dates.count).toBe(1);
      expect(() => format(dots, { timeZone: 'Nowhere' })).toThrow('options.timeZone: ');
      expect(() => format(dots, { timeZone: 'Nowhere' })).toThrow('options.timeZone: ');
    });

    it('keeps the formats of a few dozen time zones at most, and takes zone names only', () => {
      const dates = counted('DateTimeFormat');
      const format = createFormatter(frAddress, 'fr');
      const dots = EXAMPLES['consecutive-dots'];
      // `Intl` takes a zone in any case: names a caller passes are as many as it likes.
      const names = Array.from({ length: MAX_CONTEXTS + 1 }, (_, index) =>
        [...'europe/zurich'].map((c, at) => ((index >> at) & 1 ? c.toUpperCase() : c)).join(''),
      );
      for (const timeZone of names) format(dots, { timeZone });
      format(dots, { timeZone: names[MAX_CONTEXTS] });
      expect(dates.count).toBe(MAX_CONTEXTS + 1); // the last one is kept
      format(dots, { timeZone: names[0] });
      expect(dates.count).toBe(MAX_CONTEXTS + 2); // the first one was let go
      // Something `Intl` would read as a zone through `String()` is refused, and kept nowhere.
      const disguised = { toString: () => 'UTC' } as never;
      expect(() => format(dots, { timeZone: disguised })).toThrow(
        'options.timeZone: expected an IANA time zone such as "Europe/Zurich", or undefined; received an object',
      );
    });

    it('makes them once per formatter and time zone, formatIssue included', () => {
      const dates = counted('DateTimeFormat');
      const daily = EXAMPLES['daily-limit-reached'];
      // A time zone no other test of this file uses: formatIssue keeps its formatters.
      for (let round = 0; round < 3; round++) {
        expect(formatIssue(daily, 'it', { timeZone: 'Asia/Tokyo' })).toContain('GMT+9');
        expect(formatIssue(daily, 'it', { timeZone: 'America/Lima' })).toContain('GMT-5');
      }
      expect(dates.count).toBe(2);
    });
  });
});
