import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wantsColor } from '../src/cli/common.js';
import { COMMANDS } from '../src/cli/help.js';
import { type CliIo, run } from '../src/cli/run.js';
import { checkClientSettings } from '../src/connection/checkClientSettings.js';
import { LOCALES } from '../src/i18n/matchLocale.js';
import type { OfferId } from '../src/offers/ids.js';
import { checkMessageSize } from '../src/size/checkMessageSize.js';
import { checkStorage } from '../src/storage/checkStorage.js';
import { expectGolden } from './helpers/golden.js';
import { runs } from './helpers/soak.js';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

async function cli(...argv: string[]) {
  return cliWith({}, ...argv);
}

async function cliWith(extra: Partial<CliIo>, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readFile: (path) => readFile(path, 'utf8'),
    now: () => new Date('2026-03-02T12:00:00Z'),
    ...extra,
  };
  const code = await run(argv, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('mail-policy', () => {
  it('demo tours the offers, send decisions and sizes', async () => {
    const { code, stdout } = await cli('demo');
    expect(code).toBe(0);
    expect(stdout).toContain('ksuite-free');
    expect(stdout).toContain('mail-premium');
    expect(stdout).toMatch(
      /A message to 20 people:\n\s+refused: .*retry at: 2026-03-02T16:00:00.000Z/,
    );
    expect(stdout).toContain('too-many-recipients (R-RCPT-1)');
    expect(stdout).toContain('José..Müller@exemple.ch: refused: non-ascii, consecutive-dots');
    expect(stdout).toContain(
      'SMTP: mail.infomaniak.com port 587 starttls, user jean.dupont@exemple.ch',
    );
    expect(stdout).toContain(
      'authentication-failed (R-CONN-7), first remedy: check-address-password',
    );
    expect(stdout).toContain("restore asked at 10:00: never-in-a-backup (the seed's example)");
    expect(stdout).toContain(
      '-@example.com: refused: leading-hyphen, trailing-hyphen (valid RFC 5321 syntax all the same)',
    );
    expect(stdout).toContain(
      'Largest attachment that fits one 201\u00a0MiB message once encoded: 146.9\u00a0MiB (154019682 bytes).',
    );
  });

  it('demo --json is JSON', async () => {
    const { code, stdout } = await cli('demo', '--json');
    expect(code).toBe(0);
    const data = JSON.parse(stdout);
    expect(data.offers).toHaveLength(8);
    expect(
      data.decisions.map((d: { decision: { allowed: boolean } }) => d.decision.allowed),
    ).toEqual([true, false, false, false]);
  });

  it('demo and offers print exactly this (test/golden; UPDATE_GOLDEN=1 rewrites)', async () => {
    const demo = await cli('demo');
    expectGolden('cli-demo.txt', `${demo.stdout}\n`);
    expectGolden('cli-demo.json', `${(await cli('demo', '--json')).stdout}\n`);
    expectGolden('cli-offers.txt', `${(await cli('offers')).stdout}\n`);
  });

  it('offers prints the matrix, or JSON', async () => {
    const table = await cli('offers');
    expect(table.stdout.split('\n')).toHaveLength(10);
    const json = await cli('offers', '--json');
    expect(JSON.parse(json.stdout)[7]).toMatchObject({ id: 'mail-premium', dailySendLimit: 1440 });
  });

  it('quota allows (exit 0) or refuses (exit 1) with the reason in the chosen language', async () => {
    const base = [
      'quota',
      '--offer',
      'ksuite-free',
      '--history',
      fixture('history.jsonl'),
      '--now',
      '2026-03-02T12:00:00Z',
    ];
    const allowed = await cli(...base, '--recipients', '10');
    expect(allowed).toEqual({
      code: 0,
      stdout: 'allowed: weight 10, 490 of 500 used in the last 24 h, 0 left after it',
      stderr: '',
    });
    const refused = await cli(...base, '--recipients', '11', '--lang', 'fr');
    expect(refused.code).toBe(1);
    expect(refused.stdout.split('\n')[0]).toBe(
      'refusé\u00a0: compte pour 11, 490 sur 500 déjà comptés ces dernières 24 h\u00a0; réessayer à partir de\u00a0: 2026-03-03T08:00:00.000Z',
    );
    expect(refused.stdout).toContain('Cet envoi dépasserait la limite de 500 messages');
    const json = await cli(...base, '--recipients', '11', '--size', '999999999', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({
      allowed: false,
      retryAt: null,
      issues: [{ code: 'message-too-large' }, { code: 'daily-limit-reached' }],
      messages: [
        'This message is 953.7\u00a0MiB; messages are limited to 201\u00a0MiB (210,763,776 bytes).',
        expect.stringMatching(/^Sending this message would exceed the limit of 500 messages/),
      ],
    });
    const german = await cli(...base, '--recipients', '11', '--json', '--lang', 'de');
    expect(JSON.parse(german.stdout).messages).toEqual([
      expect.stringMatching(/^Mit dieser Nachricht würde das Limit von 500 Nachrichten/),
    ]);
  });

  it('quota reads each history line as an ISO date or epoch milliseconds, and names a bad one', async () => {
    const quota = (history: string) =>
      cliWith(
        { readFile: async () => history },
        'quota',
        '--offer',
        'ksuite-free',
        '--recipients',
        '1',
        '--now',
        '2026-03-02T12:00:00Z',
        '--history',
        'h.jsonl',
      );
    const at = Date.parse('2026-03-02T08:00:00Z');
    expect(
      (
        await quota(
          `{"at":${at},"recipients":5}\n\n{"at":"${new Date(at).toISOString()}","recipients":4}\n`,
        )
      ).stdout,
    ).toBe('allowed: weight 1, 9 of 500 used in the last 24 h, 490 left after it');
    // A line of spaces is an empty line; a send at 0 is of 1970 (out of the window), not epoch
    // seconds; the last instant whose 24 hours end within a Date's range is read.
    expect(
      (await quota(`   \t\n{"at":0,"recipients":7}\n{"at":${at},"recipients":2}`)).stdout,
    ).toBe('allowed: weight 1, 2 of 500 used in the last 24 h, 497 left after it');
    expect(await quota('{"at":8639999913600000,"recipients":1}')).toMatchObject({
      code: 0,
      stderr: '',
    });
    // A send to nobody (a draft saved through SMTP, say) is a line like any other.
    expect((await quota(`{"at":${at},"recipients":0}`)).stdout).toBe(
      'allowed: weight 1, 0 of 500 used in the last 24 h, 499 left after it',
    );
    // A send logged twice under one id (a retry) counts once, as the ledger counts it.
    const twice = `{"at":${at},"recipients":5,"id":"m1"}\n{"at":${at + 1000},"recipients":5,"id":"m1"}`;
    expect((await quota(twice)).stdout).toBe(
      'allowed: weight 1, 5 of 500 used in the last 24 h, 494 left after it',
    );
    for (const [line, error] of [
      ['{"at":true,"recipients":1}', '"at" must be an ISO date or epoch milliseconds'],
      ['null', '"at" must be an ISO date or epoch milliseconds'],
      // new Date() read these as 2 March and 3 January: silently wrong windows.
      [
        '{"at":"2026-02-30T08:00:00Z","recipients":1}',
        '"at" must be an ISO date or epoch milliseconds',
      ],
      ['{"at":"1/3/2026","recipients":1}', '"at" must be an ISO date or epoch milliseconds'],
      // Epoch seconds would be sends of January 1970: the quota would look free.
      [
        '{"at":1772438400,"recipients":1}',
        '"at" looks like epoch seconds (1772438400); give milliseconds (1772438400000) or an ISO date',
      ],
      [`{"at":${at},"recipients":-1}`, '"recipients" must be a non-negative integer'],
      [`{"at":${at},"recipients":1.5}`, '"recipients" must be a non-negative integer'],
      [`{"at":${at},"recipients":"3"}`, '"recipients" must be a non-negative integer'],
      [`{"at":${at},"recipients":3,"id":7}`, '"id" must be a string'],
      // A send whose 24 hours would end past the range of a Date, named by its line (the
      // ledger would have said `events[1].at`).
      ...['8639999913600001', '8.64e15', '"+275760-09-12T12:00:00Z"'].map(
        (late) =>
          [
            `{"at":${late},"recipients":1}`,
            '"at" must be at least 24 hours before the end of the Date range (+275760-09-13T00:00:00Z)',
          ] as const,
      ),
    ]) {
      expect(await quota(`{"at":${at},"recipients":1}\n${line}`), line).toEqual({
        code: 2,
        stdout: '',
        stderr: `mail-policy: h.jsonl:2: ${error}`,
      });
    }
  });

  it('quota reads the clock only when --now is absent', async () => {
    const { stdout } = await cli(
      'quota',
      '--offer',
      'my-ksuite',
      '--history',
      fixture('history.jsonl'),
      '--recipients',
      '1',
    );
    expect(stdout).toContain('490 of 500');
  });

  it.each([
    [
      ['quota', '--offer', 'nope', '--recipients', '1'],
      /^mail-policy: --offer: expected one of "ksuite-free", .*, "mail-premium"; received "nope"$/,
    ],
    [['quota', '--offer', '__proto__', '--recipients', '1'], /^mail-policy: --offer: /],
    // The library's parameters are named by their flags, in what was expected too.
    [
      [
        'recover',
        '--offer',
        'ksuite-standard',
        '--received',
        '2026-03-03T00:00:00Z',
        '--gone',
        '2026-03-02T00:00:00Z',
      ],
      /^mail-policy: --gone: expected an instant at or after --received; received Date\(2026-03-02T00:00:00\.000Z\)$/,
    ],
    [
      [
        'recover',
        '--offer',
        'ksuite-standard',
        '--received',
        '2026-03-01T08:00:00Z',
        '--gone',
        '2026-03-10T09:00:00Z',
        '--now',
        '2026-03-05T12:00:00Z',
      ],
      /^mail-policy: --now: expected an instant at or after --gone; received Date\(2026-03-05T12:00:00\.000Z\)$/,
    ],
    [
      ['backups', '--offer', 'mail-premium', '--now', '+275760-09-13T00:00:00Z'],
      /^mail-policy: --now: expected an instant at least 2 days before the end of the Date range/,
    ],
    [['quota', '--recipients', '1'], /^mail-policy: --offer is required$/],
    [['quota', '--offer', 'ksuite-free'], /^mail-policy: --recipients is required$/],
    [
      ['quota', '--offer', 'ksuite-free', '--recipients=-1'],
      /^mail-policy: --recipients: expected a non-negative integer; received "-1"$/,
    ],
    [
      ['quota', '--offer', 'ksuite-free', '--recipients', '-1'],
      /^mail-policy: Option '--recipients' argument is ambiguous\. Did you forget/,
    ],
    [['quota', '--offer', 'ksuite-free', '--recipients', '1.5'], /^mail-policy: --recipients: /],
    [
      ['quota', '--offer', 'ksuite-free', '--recipients', '99999999999999999999'],
      /^mail-policy: --recipients: expected a non-negative integer; received "9{20}"$/,
    ],
    [
      ['quota', '--offer', 'ksuite-free', '--recipients', '1', '--size', '9007199254740993'],
      /^mail-policy: --size: expected a size in bytes, or with a unit: .*, at most 1 PiB; received "9007199254740993"$/,
    ],
    [
      ['quota', '--offer', 'ksuite-free', '--recipients', '1', '--now', '1'], // the year 2001 for new Date
      /^mail-policy: --now: expected an ISO 8601 date such as 2026-03-01T12:00:00Z; received "1"$/,
    ],
    [
      ['quota', '--offer', 'ksuite-free', '--recipients', '1', '--now', 'tomorrow'],
      /^mail-policy: --now: expected an ISO 8601 date such as 2026-03-01T12:00:00Z; received "tomorrow"$/,
    ],
    [
      ['quota', '--offer', 'ksuite-free', '--recipients', '1', '--history', '/nonexistent.jsonl'],
      /^mail-policy: --history: cannot read \/nonexistent.jsonl: /,
    ],
    [
      [
        'quota',
        '--offer',
        'ksuite-free',
        '--recipients',
        '1',
        '--history',
        fixture('history-bad.jsonl'),
      ],
      /history-bad\.jsonl:2: "recipients" must be a non-negative integer$/,
    ],
    [
      ['quota', '--offer', 'ksuite-free', '--recipients', '1', '--lang', 'pt'],
      /^mail-policy: --lang: expected one of en, fr, de, it, es; received "pt"$/,
    ],
    [
      // An empty value (a shell variable with nothing in it) shows as one.
      ['quota', '--offer', 'ksuite-free', '--recipients', '', '--lang', 'fr'],
      /^mail-policy: --recipients: expected a non-negative integer; received ""$/,
    ],
    [
      ['quota', '--offer', 'ksuite-free', '--recipients', '1', '--lang', ''],
      /^mail-policy: --lang: expected one of en, fr, de, it, es; received ""$/,
    ],
    [
      [
        'quota',
        '--offer',
        'ksuite-free',
        '--recipients',
        '1',
        '--history',
        fixture('history.jsonl.broken'),
      ],
      /history\.jsonl\.broken:3: not valid JSON$/,
    ],
    ...[
      ['recover', '--offer', 'mail-premium', '--received', '2026-03-01T07:00:00Z'],
      ['backups', '--offer', 'mail-premium'],
    ].map((argv): [string[], RegExp] => [
      [...argv, '--now', 'soon'],
      /^mail-policy: --now: expected an ISO 8601/,
    ]),
    [['frobnicate'], /^mail-policy: unknown command: frobnicate/],
    [['offers', 'extra'], /^mail-policy: unexpected argument: extra$/],
    [['offers', '--colour'], /^mail-policy: Unknown option '--colour'/],
    // A value that starts with "-" is read as options: the message shows where it goes.
    [
      ['check', '-@example.com'],
      /^mail-policy: -@example\.com is read as options; a value that starts with "-" goes after "--", as in: mail-policy check -- -@example\.com$/,
    ],
    [['check', '--rfc', '-jean'], /as in: mail-policy check --rfc -- -jean$/],
    [['check', '-hx', '--lang', 'fr'], /as in: mail-policy check --lang fr -- -hx$/],
    [['check', "-a b'c", '--', 'x'], /as in: mail-policy check -- '-a b'\\''c' x$/],
    [['check', '-h', '-jean'], /as in: mail-policy check -h -- -jean$/], // -h is an option
    // A mistyped long option keeps parseArgs's message, whatever else is on the line: `-`
    // (standard input) is no option, nor is a value after `--`.
    [['check', '-', '--colour'], /^mail-policy: Unknown option '--colour'/],
    [['check', '--colour', '--', '-@example.com'], /^mail-policy: Unknown option '--colour'/],
  ])('%j fails with one line and exit code 2', async (argv, pattern) => {
    const { code, stderr, stdout } = await cli(...argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(pattern);
    expect(stderr.split('\n')).toHaveLength(1);
    expect(stdout).toBe('');
  });

  it('check says valid (exit 0) or lists the issues with a caret and a suggestion (exit 1)', async () => {
    expect(await cli('check', 'jean.dupont')).toEqual({
      code: 0,
      stdout: 'valid local part: jean.dupont',
      stderr: '',
    });
    expect(await cli('check', 'jean.dupont@exemple.ch')).toMatchObject({
      code: 0,
      stdout: 'valid address: jean.dupont@exemple.ch',
    });
    const refused = await cli('check', 'José..Müller@exemple.ch', '--lang', 'de');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe(
      [
        'abgelehnte Adresse: "José..Müller@exemple.ch"',
        '  José..Müller@exemple.ch',
        '     ^',
        '  - non-ascii (R-LP-5): Erlaubt sind nur die Buchstaben a bis z, ohne Akzente und Umlaute: „é“ (U+00E9) gehört nicht dazu.',
        '  - consecutive-dots (R-LP-4): Zwei Punkte (..) hintereinander sind nicht erlaubt.',
        '  Vorschlag: jose.muller@exemple.ch',
      ].join('\n'),
    );
    const seed = await cli('check', '--', '-@example.com');
    expect(seed.code).toBe(1);
    expect(seed.stdout).toContain(
      '(valid RFC 5321 syntax, but it cannot be created at the provider: R-LP-6)',
    );
    expect(seed.stdout).toContain('no suggestion');
    expect(await cli('check', '--rfc', '--', '-@example.com')).toMatchObject({
      code: 0,
      stdout: 'valid address (RFC 5321 syntax): -@example.com',
    });
    const json = await cli('check', 'a\u0007b', '--json');
    expect(JSON.parse(json.stdout)).toMatchObject({
      kind: 'local-part',
      ok: false,
      issues: [{ code: 'control-character', index: 1 }],
      messages: ['The address contains an invisible control character (U+0007).'],
      suggestion: 'ab', // a control character is dropped
    });
    expect((await cli('check', 'a\u0007b')).stdout).toContain('  a?b\n   ^');
    // The caret counts the columns a terminal draws: two for a wide character, none for a
    // combining mark, whose caret goes under the letter it sits on.
    for (const [value, line] of [
      ['jean@日本.ch x', '  jean@日本.ch x\n              ^'],
      ['jean@ｅｘ.ch-', '  jean@ｅｘ.ch-\n              ^'],
      ['a@😀😀.ch x', '  a@😀😀.ch x\n           ^'],
      ['jean@bu\u0308cher.ch-', '  jean@bu\u0308cher.ch-\n                ^'],
      ['jo\u0308hn', '  jo\u0308hn\n   ^'], // U+0308 is the bad character: under the o
      ['\u0308a', '  \u0308a\n  ^'], // a mark with no letter before it
      ['a\u200db c', '  a\u200db c\n  ^'], // a joiner takes no column: under the a
      ['ab.', '  ab.\n    ^'],
    ] as const) {
      expect((await cli('check', value)).stdout, value).toContain(line);
    }
    expect(JSON.parse((await cli('check', 'jean dupont@exemple.ch', '--json')).stdout)).toEqual({
      value: 'jean dupont@exemple.ch',
      kind: 'address',
      ok: false,
      mode: 'provider',
      issues: [{ code: 'whitespace', rule: 'R-LP-5', index: 4, char: ' ', count: 1 }],
      rfcValid: false,
      messages: ['Spaces are not allowed in an address.'],
      suggestion: 'jean.dupont@exemple.ch',
    });
    expect(JSON.parse((await cli('check', 'jean.dupont', '--json')).stdout)).toEqual({
      value: 'jean.dupont',
      kind: 'local-part',
      ok: true,
      messages: [],
      suggestion: null,
    });
    // An address as mail clients copy it: the fix is the address inside.
    for (const [copied, fix] of [
      ['Jean Dupont <Jean.Dupont@exemple.ch>', 'jean.dupont@exemple.ch'],
      ['mailto:jean@exemple.ch', 'jean@exemple.ch'],
      [' MAILTO:jean@exemple.ch', 'jean@exemple.ch'],
      ['<jean@exemple.ch', 'jean@exemple.ch'], // unclosed
      ['Jean <jean@exemple.ch', 'jean@exemple.ch'],
      ['<mailto:Jean@exemple.ch>', 'jean@exemple.ch'],
      ['Jean Dupont [mailto:Jean.D@exemple.ch]', 'jean.d@exemple.ch'], // as Outlook quotes a sender
      ['mailto:jean@exemple.ch?subject=Bonjour', 'jean@exemple.ch'],
      ['a[b@exemple.ch', 'a.b@exemple.ch'], // a [ without mailto: wraps nothing
    ] as const) {
      const answer = JSON.parse((await cli('check', copied, '--json')).stdout);
      expect(answer.suggestion, copied).toBe(fix);
    }
    // With --rfc, a value without an @ is an address that lacks one: no domain to suggest.
    expect((await cli('check', '--rfc', 'x.example.ch')).stdout).toBe(
      [
        'refused address (RFC 5321 syntax): "x.example.ch"',
        '  x.example.ch',
        '              ^',
        '  - missing-at-sign (R-LP-6): An address needs an @ followed by a domain, as in name@example.com.',
        '  no suggestion',
      ].join('\n'),
    );
    // What a terminal would not show is shown as ?, and a pasted domain loses it in the fix.
    expect((await cli('check', 'Anna@bü\u00adcher.de\u200b ')).stdout).toBe(
      [
        'refused address: "Anna@bü\\u00adcher.de\\u200b "',
        '  Anna@bü?cher.de? ',
        '         ^',
        '  - domain-invalid-character (R-LP-6): The domain cannot contain U+00AD.',
        '  suggestion: anna@bücher.de',
      ].join('\n'),
    );
    // Quoted, they are escaped as JSON escapes a control: each UTF-16 unit of one beyond the BMP.
    expect((await cli('check', 'a\u{e0001}b\u2060\u0007')).stdout).toContain(
      'refused local part: "a\\udb40\\udc01b\\u2060\\u0007"',
    );
    // The unseen characters go before the white space is trimmed, wherever they stand.
    expect((await cli('check', '\u200b Jean@exemple.ch \u200b')).stdout).toContain(
      '  suggestion: jean@exemple.ch',
    );
    // The joiners some scripts need are shown, and kept.
    expect((await cli('check', 'x\u200c@\u0915\u094d\u200c\u0937.in')).stdout).toContain(
      '  suggestion: x@\u0915\u094d\u200c\u0937.in',
    );
    // A domain typed or pasted the ways they break: the sentence's punctuation or the
    // brackets after it, a comma for a dot, an empty label, a space inside.
    for (const typed of [
      'jean@exemple.ch.',
      'jean@exemple.ch,',
      '(jean@exemple.ch)',
      '"jean@exemple.ch"',
      '«jean@exemple.ch».',
      'jean@exemple.ch?!',
      'jean@exemple,ch',
      'jean@exemple..ch',
      'jean@.exemple.ch',
      'jean@exemple .ch',
      'jean.@exemple.ch;',
    ]) {
      expect((await cli('check', typed)).stdout, typed).toMatch(
        /\n {2}suggestion: jean@exemple\.ch$/,
      );
    }
    // A domain the fix cannot mend gets no suggestion.
    expect((await cli('check', 'anna@exa_mple.ch')).stdout).toContain('  no suggestion');
    expect((await cli('check', 'anna@exemple')).stdout).toContain('  no suggestion');
    expect((await cli('check', 'anna@.')).stdout).toContain('  no suggestion');
    expect(await cli('check')).toMatchObject({
      code: 2,
      stderr: 'mail-policy: check needs one value: mail-policy check VALUE',
    });
    expect(await cli('check', 'a', 'b')).toMatchObject({ code: 2 });
  });

  it('settings prints the client settings or a ready-made file', async () => {
    expect(await cli('settings', 'jean@exemple.ch')).toEqual({
      code: 0,
      stdout: [
        'incoming  IMAP  mail.infomaniak.com  port 993  SSL/TLS  user jean@exemple.ch  password (PLAIN or LOGIN)',
        'outgoing  SMTP  mail.infomaniak.com  port 587  STARTTLS  user jean@exemple.ch  password (PLAIN or LOGIN)',
      ].join('\n'),
      stderr: '',
    });
    // An address as a support agent pastes it from a mail client: the address inside.
    for (const copied of [
      'Jean Dupont <jean@exemple.ch>',
      'mailto:jean@exemple.ch',
      ' jean@exemple.ch ',
    ])
      expect(await cli('settings', copied), copied).toEqual(
        await cli('settings', 'jean@exemple.ch'),
      );
    expect((await cli('settings', 'Jean <jean@exemple.ch>', '--format', 'apple')).stdout).toContain(
      '<string>jean@exemple.ch</string>',
    );
    const pop = await cli(
      'settings',
      'jean@exemple.ch',
      '--incoming',
      'pop3',
      '--submission',
      'tls',
      '--json',
    );
    expect(JSON.parse(pop.stdout)).toMatchObject({
      incoming: { port: 995, keepCopyOnServer: false },
      outgoing: { port: 465 },
    });
    expect((await cli('settings', 'jean@exemple.ch', '--incoming', 'pop3')).stdout).toBe(
      [
        'incoming  POP3  mail.infomaniak.com  port 995  SSL/TLS  user jean@exemple.ch  password (PLAIN or LOGIN)  no copy left on the server',
        'outgoing  SMTP  mail.infomaniak.com  port 587  STARTTLS  user jean@exemple.ch  password (PLAIN or LOGIN)',
      ].join('\n'),
    );
    expect((await cli('settings', 'jean@exemple.ch', '--format', 'thunderbird')).stdout).toContain(
      '<clientConfig version="1.1">',
    );
    expect((await cli('settings', 'jean@exemple.ch', '--format', 'apple')).stdout).toContain(
      'com.apple.mail.managed',
    );
    expect((await cli('settings', 'jean@exemple.ch', '--format', 'autodiscover')).stdout).toContain(
      '<SPA>off</SPA>',
    );
    expect(
      (await cli('settings', 'jean@exemple.ch', '--format', 'srv')).stdout.split('\n')[0],
    ).toBe('_imaps._tcp.exemple.ch. 3600 IN SRV 0 1 993 mail.infomaniak.com.');
    expect(await cli('settings', 'jean..x@exemple.ch', '--lang', 'fr')).toEqual({
      code: 1,
      stdout: 'consecutive-dots (R-LP-4)\u00a0: Deux points (..) de suite ne sont pas autorisés.',
      stderr: '',
    });
    expect((await cli('settings', 'jean@exemple', '--format', 'srv')).code).toBe(1);
    expect(JSON.parse((await cli('settings', 'x y@exemple.ch', '--json')).stdout)).toMatchObject({
      ok: false,
    });
    expect(await cli('settings', 'a@b.ch', '--format', 'pdf')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--format: expected one of text, json'),
    });
    expect(await cli('settings', 'a@b.ch', '--incoming', 'mapi')).toMatchObject({
      code: 2,
      stderr: 'mail-policy: --incoming: expected imap or pop3; received "mapi"',
    });
    expect(await cli('settings', 'a@b.ch', '--submission', 'ssl')).toMatchObject({
      code: 2,
      stderr: 'mail-policy: --submission: expected starttls or tls; received "ssl"',
    });
    // A file follows --incoming and ends where its last line does; a refused address gets
    // one line per issue instead.
    const profile = await cli(
      'settings',
      'jean@exemple.ch',
      '--format',
      'apple',
      '--incoming',
      'pop3',
    );
    expect(profile.stdout).toContain('<string>EmailTypePOP</string>');
    expect(profile.stdout.endsWith('</plist>')).toBe(true);
    expect(await cli('settings', '.jean..x@exemple.ch', '--format', 'apple')).toEqual({
      code: 1,
      stdout: [
        'leading-dot (R-LP-4): The name cannot start with a dot (.).',
        'consecutive-dots (R-LP-4): Two dots (..) in a row are not allowed.',
      ].join('\n'),
      stderr: '',
    });
  });

  it('diagnose explains a reply in the chosen language', async () => {
    expect(await cli('diagnose', '535 5.7.0 authentication failed', '--lang', 'de')).toEqual({
      code: 0,
      stdout: [
        '535 5.7.0: dauerhaft, Sicherheit',
        'Ursache (R-CONN-7): Benutzername oder Passwort ist falsch.',
        '  1. Verwenden Sie das Passwort der Adresse, nicht das des Kontos; achten Sie auf das $-Zeichen.',
        '  2. Verwenden Sie die vollständige E-Mail-Adresse als Benutzernamen.',
        '  3. Tippen Sie das Passwort zuerst in einem Texteditor: Die Tastaturbelegung kann abweichen.',
        '  4. Prüfen Sie, ob die Adresse (oder der Alias) wirklich existiert.',
      ].join('\n'),
      stderr: '',
    });
    expect((await cli('diagnose', '451 Try later')).stdout).toBe(
      '451: transient\ncause: not one the provider’s guides describe',
    );
    expect((await cli('diagnose', '5.2.2 Over quota')).stdout).toBe(
      [
        '5.2.2: permanent, mailbox',
        'cause (R-STOR-3): The recipient’s mailbox is full.',
        '  1. The recipient must free some space.',
        '  2. Try again later.',
      ].join('\n'),
    );
    expect(
      JSON.parse((await cli('diagnose', '550 5.7.1 relaying denied', '--json')).stdout),
    ).toMatchObject({
      cause: 'authentication-required',
      messages: { cause: 'The server refused to relay: the client did not authenticate.' },
    });
    // The same words without the reply's code, as R-CONN-7 quotes the server's other sentence.
    expect((await cli('diagnose', 'Proper authentication required')).stdout).toBe(
      [
        'a client’s error',
        'cause (R-CONN-7): The server refused to relay: the client did not authenticate.',
        '  1. Turn on authentication for the outgoing server.',
        '  2. Use the full email address as the user name.',
        '  3. Check that the address (or alias) really exists.',
      ].join('\n'),
    );
    expect(await cli('diagnose', 'hello')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('neither an SMTP reply nor a client error'),
    });
  });

  it('diagnose explains a client’s own error when the text holds no reply the guides explain', async () => {
    // Outlook's test message: a failed connection to port 25 is the port's block (R-CONN-6).
    expect(
      await cli(
        'diagnose',
        'Send test e-mail message: Cannot connect to the server. Port: 25, Secure(SSL): No, Socket Error: 10060, Error Number: 0x800CCC0E',
        '--lang',
        'fr',
      ),
    ).toEqual({
      code: 0,
      stdout: [
        '0x800CCC0E\u00a0: une erreur du logiciel de messagerie',
        'cause (R-CONN-6)\u00a0: Le port 25 est bloqué pour l’envoi depuis un logiciel de messagerie.',
        '  1. Utilisez le port 587 avec STARTTLS.',
        '  2. Ou utilisez le port 465 avec SSL/TLS.',
        '  3. Essayez un autre réseau (un autre Wi-Fi, ou la 4G/5G d’un téléphone).',
      ].join('\n'),
      stderr: '',
    });
    // Thunderbird's words alone: no code to show.
    expect(
      (await cli('diagnose', 'Login to server mail.infomaniak.com with username "a@b.ch" failed.'))
        .stdout,
    ).toMatch(
      /^a client’s error\ncause \(R-CONN-7\): The user name or the password is wrong\.\n {2}1\. /,
    );
    // The same message from a French Thunderbird, explained in French.
    expect(
      (
        await cli(
          'diagnose',
          'Échec de la connexion depuis le serveur mail.infomaniak.com avec le nom d’utilisateur a@b.ch.',
          '--lang',
          'fr',
        )
      ).stdout,
    ).toMatch(
      /^une erreur du logiciel de messagerie\ncause \(R-CONN-7\)\u00a0: Le nom d’utilisateur ou le mot de passe/,
    );
    expect(
      JSON.parse(
        (await cli('diagnose', 'getaddrinfo ENOTFOUND mail.infomaniak.con', '--json')).stdout,
      ),
    ).toEqual({
      code: 'ENOTFOUND',
      cause: 'host-not-found',
      rule: 'R-CONN-1',
      remedies: ['use-server-name', 'try-another-network'],
      messages: {
        cause: 'The server’s name cannot be found: it is misspelt, or the network is down.',
        remedies: [
          'Use mail.infomaniak.com as the server name, for incoming and outgoing mail alike.',
          'Try another network (another Wi-Fi, or a phone’s 4G/5G connection).',
        ],
      },
    });
    // A reply the guides explain comes first, even inside a client's message that has a code
    // of its own (Outlook quotes the server's reply).
    expect(
      (
        await cli(
          'diagnose',
          "Your outgoing (SMTP) e-mail server has reported an error. Server Response: '535 5.7.0 authentication failed', Port: 587, Secure(SSL): No, Error Number: 0x800CCC0E",
        )
      ).stdout,
    ).toMatch(/^535 5\.7\.0: permanent, security\ncause \(R-CONN-7\)/);
    // A reply without a known cause gives way to the client's error around it: a proxy's 421
    // for a connection to port 25 that did not go through.
    expect(
      (
        await cli(
          'diagnose',
          'The server responded: 421 Cannot connect to SMTP server 192.0.2.7 (192.0.2.7:25), connect error 10060',
        )
      ).stdout.split('\n')[1],
    ).toBe('cause (R-CONN-6): Port 25 is blocked for sending from a mail client.');
  });

  it('check - checks every line of standard input, or a CSV’s first column', async () => {
    const csv = [
      'address,first name,last name',
      'jean.dupont@exemple.ch,Jean,Dupont',
      'marie..curie@exemple.ch;Marie;Curie',
      '',
      '"a,b"@exemple.ch\tquoted',
      'Jean.Dupont@exemple.ch',
      'anna@bücher.de',
      '  ANNA@xn--bcher-kva.de  ',
      'jean',
      'address',
      'info,info@gmail.com', // a forwarding list: the first column only
      '"paul@exemple.ch",Paul', // a field a spreadsheet quoted whole
    ].join('\r\n');
    const stdin = { readFile: async () => csv };
    const text = await cliWith(stdin, 'check', '-');
    expect(text.code).toBe(1);
    expect(text.stdout).toBe(
      [
        'line 1: skipped, a header: address',
        'line 2: valid address: jean.dupont@exemple.ch',
        'line 3: refused address: "marie..curie@exemple.ch"',
        '  marie..curie@exemple.ch',
        '        ^',
        '  - consecutive-dots (R-LP-4): Two dots (..) in a row are not allowed.',
        '  suggestion: marie.curie@exemple.ch',
        'line 5: refused address: "\\"a,b\\"@exemple.ch"',
        '  "a,b"@exemple.ch',
        '  ^',
        '  - forbidden-character (R-LP-5): The character “"” is not allowed. Use letters, digits, hyphens (-), underscores (_) and dots (.).',
        '  (valid RFC 5321 syntax, but it cannot be created at the provider: R-LP-6)',
        '  suggestion: a.b@exemple.ch',
        'line 6: refused: Jean.Dupont@exemple.ch is the address of line 2 again',
        'line 7: valid address: anna@bücher.de',
        'line 8: refused: ANNA@xn--bcher-kva.de is the address of line 7 again',
        'line 9: valid local part: jean',
        'line 10: valid local part: address', // a header on the first line only
        'line 11: valid local part: info',
        'line 12: valid address: paul@exemple.ch',
        '10 values: 6 valid, 4 refused',
      ].join('\n'),
    );
    // Nothing to check: said in words, in French's singular for 0; nothing refused, exit 0.
    const empty = { readFile: async () => '' };
    expect(await cliWith(empty, 'check', '-', '--lang', 'fr')).toEqual({
      code: 0,
      stdout: '0 valeur\u00a0: 0 valide, 0 refusée',
      stderr: '',
    });
    const json = JSON.parse((await cliWith(stdin, 'check', '-', '--json', '--lang', 'fr')).stdout);
    expect(json).toMatchObject({ header: 'address', valid: 6, refused: 4 });
    expect(json.values[0]).toEqual({
      line: 2,
      value: 'jean.dupont@exemple.ch',
      kind: 'address',
      ok: true,
      mode: 'provider',
      localPart: 'jean.dupont',
      domain: 'exemple.ch',
      asciiDomain: 'exemple.ch',
      messages: [],
      suggestion: null,
    });
    expect(json.values[1]).toMatchObject({
      line: 3,
      ok: false,
      messages: ['Deux points (..) de suite ne sont pas autorisés.'],
      suggestion: 'marie.curie@exemple.ch',
    });
    expect(json.values[5]).toMatchObject({ line: 8, ok: false, duplicateOf: 7 });
    // Nothing but empty lines: nothing refused.
    expect(await cliWith({ readFile: async () => '\n \n' }, 'check', '-')).toEqual({
      code: 0,
      stdout: '0 values: 0 valid, 0 refused',
      stderr: '',
    });
    // A header in any of the five languages, as a spreadsheet names the column; only on the
    // first line, and a local part like it further down is checked.
    for (const header of [
      'Email',
      '"E-Mail-Adresse"',
      'e-mail address',
      'Email_Address',
      'Courriel',
    ])
      for (const name of ['Indirizzo', 'Dirección de correo electrónico']) {
        const list = { readFile: async () => `${header};${name}\nmail@exemple.ch;x\nemail\n` };
        expect(await cliWith(list, 'check', '-')).toEqual({
          code: 0,
          stdout: [
            `line 1: skipped, a header: ${header}`,
            'line 2: valid address: mail@exemple.ch',
            'line 3: valid local part: email',
            '2 values: 2 valid, 0 refused',
          ].join('\n'),
          stderr: '',
        });
      }
    const names = { readFile: async () => 'Dirección de correo electrónico\nana@exemple.es' };
    expect(JSON.parse((await cliWith(names, 'check', '-', '--json')).stdout)).toMatchObject({
      header: 'Dirección de correo electrónico',
      valid: 1,
    });
    expect((await cliWith(names, 'check', '-')).stdout).toMatch(/\n1 value: 1 valid, 0 refused$/);
    // A first line that names no column is a value.
    const plain = { readFile: async () => 'jean\nanna@exemple.ch' };
    expect(JSON.parse((await cliWith(plain, 'check', '-', '--json')).stdout)).toMatchObject({
      header: null,
      valid: 2,
    });
    // Nor is a column's name the first of a plain list of local parts: `mail` is one to create.
    const generic = { readFile: async () => 'mail\ninfo\ncontact' };
    expect(JSON.parse((await cliWith(generic, 'check', '-', '--json')).stdout)).toMatchObject({
      header: null,
      valid: 3,
    });
    // It is a header in a CSV of local parts, or in a list of addresses.
    for (const list of ['Mail;Name\ninfo;Info', 'Mail\n\ninfo@exemple.ch']) {
      const read = { readFile: async () => list };
      expect(JSON.parse((await cliWith(read, 'check', '-', '--json')).stdout), list).toMatchObject({
        header: 'Mail',
        valid: 1,
      });
    }
  });

  it('check - unquotes only a field quoted whole, and names each repeat by its first line', async () => {
    const list = [
      'Emails"', // a stray quote: no header, and no quotes taken off
      '"""a""@exemple.ch",x', // CSV's doubled quotes inside a quoted field: "a"@exemple.ch
      'jean@exemple.ch"',
      ' jean@exemple.ch ',
      'JEAN@exemple.ch',
      'Jean@Exemple.ch',
    ].join('\n');
    const { code, stdout } = await cliWith({ readFile: async () => list }, 'check', '-', '--json');
    expect(code).toBe(1);
    const answers = JSON.parse(stdout);
    expect(answers.header).toBeNull();
    expect(
      answers.values.map((value: { line: number; value: string; duplicateOf?: number }) => [
        value.line,
        value.value,
        value.duplicateOf,
      ]),
    ).toEqual([
      [1, 'Emails"', undefined],
      [2, '"a"@exemple.ch', undefined],
      [3, 'jean@exemple.ch"', undefined],
      [4, 'jean@exemple.ch', undefined],
      [5, 'JEAN@exemple.ch', 4],
      [6, 'Jean@Exemple.ch', 4],
    ]);
    expect(answers.values[1]).toMatchObject({ ok: false, rfcValid: true });
    // A header's quotes come off only when it is quoted whole: `"Emails` is no `Email`, nor
    // `Email"` a `mail`.
    for (const first of ['"Emails', 'Email"', '"Email"s', '<Email>']) {
      const read = { readFile: async () => `${first}\njean@exemple.ch` };
      const json = JSON.parse((await cliWith(read, 'check', '-', '--json')).stdout);
      expect(json, first).toMatchObject({ header: null, refused: 1, valid: 1 });
    }
    // A plain list of local parts is no CSV, even when its first line has spaces around it.
    const padded = { readFile: async () => '  mail  \ninfo' };
    expect((await cliWith(padded, 'check', '-')).stdout).toBe(
      [
        'line 1: valid local part: mail',
        'line 2: valid local part: info',
        '2 values: 2 valid, 0 refused',
      ].join('\n'),
    );
  });

  it('takes a language with its region (--lang de-CH), as a browser or a shell names it', async () => {
    const german = await cli('check', 'a..b', '--lang', 'de-CH');
    expect(german.stdout).toContain('Zwei Punkte (..) hintereinander sind nicht erlaubt.');
    expect((await cli('check', 'a..b', '--lang', 'FR_ch')).stdout).toContain('Deux points');
    expect(await cli('check', 'a..b', '--lang', 'pt-BR')).toMatchObject({
      code: 2,
      stderr: 'mail-policy: --lang: expected one of en, fr, de, it, es; received "pt-BR"',
    });
  });

  it('writes check’s whole answer in the language --lang names, verdicts agreeing', async () => {
    const answers = async (lang: string) => [
      (await cli('check', 'jean', '--lang', lang)).stdout,
      (await cli('check', '.jean', '--lang', lang)).stdout.split('\n'),
      (await cli('check', '--rfc', 'x@exemple.ch', '--lang', lang)).stdout,
      (await cli('check', '--rfc', 'x y@exemple.ch', '--lang', lang)).stdout.split('\n')[0],
      (await cli('check', '--lang', lang, '--', '-@exemple.ch')).stdout.split('\n').slice(5),
      (await cli('check', '..', '--lang', lang)).stdout.split('\n').at(-1),
    ];
    expect(await answers('fr')).toEqual([
      'partie locale valide\u00a0: jean',
      [
        'partie locale refusée\u00a0: ".jean"',
        '  .jean',
        '  ^',
        '  - leading-dot (R-LP-4)\u00a0: Le nom ne peut pas commencer par un point (.).',
        '  suggestion\u00a0: jean',
      ],
      'adresse valide (syntaxe RFC 5321)\u00a0: x@exemple.ch',
      'adresse refusée (syntaxe RFC 5321)\u00a0: "x y@exemple.ch"',
      [
        '  (syntaxe RFC 5321 valide, mais cette adresse ne peut pas être créée chez le fournisseur\u00a0: R-LP-6)',
        '  aucune suggestion',
      ],
      '  aucune suggestion',
    ]);
    expect((await answers('de')).flat()).toEqual([
      'gültiger lokaler Teil: jean',
      'abgelehnter lokaler Teil: ".jean"',
      '  .jean',
      '  ^',
      '  - leading-dot (R-LP-4): Der Name darf nicht mit einem Punkt (.) beginnen.',
      '  Vorschlag: jean',
      'gültige Adresse (Syntax nach RFC 5321): x@exemple.ch',
      'abgelehnte Adresse (Syntax nach RFC 5321): "x y@exemple.ch"',
      '  (gültige Syntax nach RFC 5321, doch beim Anbieter kann diese Adresse nicht erstellt werden: R-LP-6)',
      '  kein Vorschlag',
      '  kein Vorschlag',
    ]);
    const it = await answers('it');
    expect([it[0], (it[1] as string[])[0], it[2], it[3], it[4], it[5]]).toEqual([
      'parte locale valida: jean',
      'parte locale rifiutata: ".jean"',
      'indirizzo valido (sintassi RFC 5321): x@exemple.ch',
      'indirizzo rifiutato (sintassi RFC 5321): "x y@exemple.ch"',
      [
        '  (sintassi RFC 5321 valida, ma questo indirizzo non si può creare presso il provider: R-LP-6)',
        '  nessun suggerimento',
      ],
      '  nessun suggerimento',
    ]);
    const es = await answers('es');
    expect([es[0], (es[1] as string[])[0], (es[1] as string[])[4], es[2], es[3], es[4]]).toEqual([
      'parte local válida: jean',
      'parte local rechazada: ".jean"',
      '  sugerencia: jean',
      'dirección válida (sintaxis RFC 5321): x@exemple.ch',
      'dirección rechazada (sintaxis RFC 5321): "x y@exemple.ch"',
      [
        '  (sintaxis RFC 5321 válida, pero esta dirección no se puede crear en el proveedor: R-LP-6)',
        '  sin sugerencia',
      ],
    ]);
    // A list: its lines, the header skipped, a repeat, and the count, singular or plural as
    // each language wants it (French writes 0 and 1 in the singular, the others 1 only).
    const list = async (text: string, lang: string, color = false) =>
      (await cliWith({ readFile: async () => text, color }, 'check', '-', '--lang', lang)).stdout;
    const csv = 'courriel;nom\njean@exemple.ch;Jean\nJEAN@exemple.ch;Jean';
    expect(await list(csv, 'fr')).toBe(
      [
        'ligne 1\u00a0: ignorée, c’est un en-tête\u00a0: courriel',
        'ligne 2\u00a0: adresse valide\u00a0: jean@exemple.ch',
        'ligne 3\u00a0: refusée\u00a0: JEAN@exemple.ch figure déjà à la ligne 2',
        '2 valeurs\u00a0: 1 valide, 1 refusée',
      ].join('\n'),
    );
    expect((await list(csv, 'de', true)).split('\n').slice(2)).toEqual([
      'Zeile 3: \x1b[31mabgelehnt\x1b[39m: JEAN@exemple.ch steht schon in Zeile 2',
      '2 Werte: 1 gültig, 1 abgelehnt',
    ]);
    expect((await list(csv, 'it')).split('\n')).toEqual([
      'riga 1: saltata, è un’intestazione: courriel',
      'riga 2: indirizzo valido: jean@exemple.ch',
      'riga 3: rifiutato: JEAN@exemple.ch compare già alla riga 2',
      '2 valori: 1 valido, 1 rifiutato',
    ]);
    expect((await list(csv, 'es')).split('\n')).toEqual([
      'línea 1: omitida, es un encabezado: courriel',
      'línea 2: dirección válida: jean@exemple.ch',
      'línea 3: rechazado: JEAN@exemple.ch ya figura en la línea 2',
      '2 valores: 1 válido, 1 rechazado',
    ]);
    const totals = async (text: string) =>
      Promise.all(LOCALES.map(async (lang) => (await list(text, lang)).split('\n').at(-1)));
    expect(await totals('jean')).toEqual([
      '1 value: 1 valid, 0 refused',
      '1 valeur\u00a0: 1 valide, 0 refusée',
      '1 Wert: 1 gültig, 0 abgelehnt',
      '1 valore: 1 valido, 0 rifiutati',
      '1 valor: 1 válido, 0 rechazados',
    ]);
    expect(await totals('a..b\n.c\n')).toEqual([
      '2 values: 0 valid, 2 refused',
      '2 valeurs\u00a0: 0 valide, 2 refusées',
      '2 Werte: 0 gültig, 2 abgelehnt',
      '2 valori: 0 validi, 2 rifiutati',
      '2 valores: 0 válidos, 2 rechazados',
    ]);
    // The verdict's own word is coloured, wherever the language puts it.
    expect((await cliWith({ color: true }, 'check', 'jean', '--lang', 'fr')).stdout).toBe(
      'partie locale \x1b[32mvalide\x1b[39m\u00a0: jean',
    );
    expect(
      (await cliWith({ color: true }, 'check', 'a..b', '--lang', 'de')).stdout.split('\n')[0],
    ).toBe('\x1b[31mabgelehnter\x1b[39m lokaler Teil: "a..b"');
  });

  it('writes every command’s answer in the language --lang names; the demo’s tour stays English', async () => {
    const lost = [
      'recover',
      '--received',
      '2026-03-01T08:00:00Z',
      '--gone',
      '2026-03-10T09:00:00Z',
    ];
    const answers = async (lang: string) =>
      Promise.all(
        [
          ['folder', 'Archives'],
          ['folder', 'INBOX.Papelera'],
          ['quota', '--offer', 'ksuite-free', '--recipients', '1', '--now', '2026-03-02T12:00:00Z'],
          [
            'quota',
            '--offer',
            'ksuite-free',
            '--recipients',
            '101',
            '--now',
            '2026-03-02T12:00:00Z',
          ],
          ['diagnose', '451 4.3.2 Try later'],
          [...lost, '--offer', 'ksuite-standard', '--now', '2026-03-20T12:00:00Z'],
          [...lost, '--offer', 'ksuite-free', '--now', '2026-03-20T12:00:00Z'],
          ['backups', '--offer', 'ksuite-free', '--now', '2026-03-20T12:00:00Z'],
          ['backups', '--offer', 'mail-premium', '--now', '2026-03-20T12:00:00Z'],
          ['settings', 'jean@exemple.ch', '--incoming', 'pop3'],
        ].map(async (argv) => (await cli(...argv, '--lang', lang)).stdout.split('\n')[0]),
      );
    const quota = 'compte pour 1, 0 sur 500 déjà compté ces dernières 24 h';
    expect(await answers('fr')).toEqual([
      'Archives\u00a0: dossier ordinaire, le courrier y est conservé sans limite de durée (R-RET-1)',
      'INBOX.Papelera\u00a0: corbeille, les messages y sont supprimés définitivement 30 jours après y être arrivés (R-RET-2)',
      `autorisé\u00a0: ${quota}, 499 restants ensuite`,
      'refusé\u00a0: compte pour 101, 0 sur 500 déjà compté ces dernières 24 h\u00a0; réessayer\u00a0: jamais (attendre ne suffira pas)',
      '451 4.3.2\u00a0: temporaire, système de messagerie',
      'récupérable\u00a0: restaurez la sauvegarde du 2026-03-10T04:00:00.000Z (R-BKP-2)',
      expect.stringMatching(
        /^non récupérable\u00a0: no-backups \(R-BKP-2\)\u00a0: Cette offre ne /,
      ),
      'aucune sauvegarde à restaurer avec cette offre (R-BKP-2)\u00a0; après une mise à niveau, celles des 30 derniers jours deviennent disponibles',
      '30 sauvegardes, de la plus récente à la plus ancienne (R-BKP-1, R-BKP-2)\u00a0:',
      'réception  POP3  mail.infomaniak.com  port 995  SSL/TLS  utilisateur jean@exemple.ch  mot de passe (PLAIN ou LOGIN)  aucune copie laissée sur le serveur',
    ]);
    expect(await answers('de')).toEqual([
      'Archives: normaler Ordner, Nachrichten bleiben darin ohne Zeitlimit erhalten (R-RET-1)',
      'INBOX.Papelera: Papierkorb, Nachrichten werden darin 30 Tage nach ihrem Eintreffen endgültig gelöscht (R-RET-2)',
      'erlaubt: zählt 1, 0 von 500 in den letzten 24 h gezählt, danach noch 499 übrig',
      'abgelehnt: zählt 101, 0 von 500 in den letzten 24 h gezählt; erneut versuchen: nie (Warten hilft nicht)',
      '451 4.3.2: vorübergehend, Mailsystem',
      'wiederherstellbar: stellen Sie die Sicherung vom 2026-03-10T04:00:00.000Z wieder her (R-BKP-2)',
      expect.stringMatching(/^nicht wiederherstellbar: no-backups \(R-BKP-2\): /),
      'keine Sicherungen zum Wiederherstellen bei diesem Angebot (R-BKP-2); nach einem Upgrade werden die der letzten 30 Tage verfügbar',
      '30 Sicherungen, die neueste zuerst (R-BKP-1, R-BKP-2):',
      'Eingang  POP3  mail.infomaniak.com  Port 995  SSL/TLS  Benutzer jean@exemple.ch  Passwort (PLAIN oder LOGIN)  keine Kopie auf dem Server belassen',
    ]);
    const it = await answers('it');
    expect([it[2], it[3], it[4], it[8], it[9]]).toEqual([
      'consentito: conta 1, 0 su 500 già contati nelle ultime 24 h, ne restano 499 dopo',
      'rifiutato: conta 101, 0 su 500 già contati nelle ultime 24 h; riprova: mai (aspettare non basta)',
      '451 4.3.2: temporanea, sistema di posta',
      '30 backup, dal più recente (R-BKP-1, R-BKP-2):',
      'in arrivo  POP3  mail.infomaniak.com  porta 995  SSL/TLS  utente jean@exemple.ch  password (PLAIN o LOGIN)  nessuna copia lasciata sul server',
    ]);
    const es = await answers('es');
    expect([es[0], es[1], es[2], es[5], es[9]]).toEqual([
      'Archives: carpeta normal, el correo se conserva en ella sin límite de tiempo (R-RET-1)',
      'INBOX.Papelera: papelera, los mensajes se eliminan definitivamente de ella 30 días después de entrar (R-RET-2)',
      'permitido: cuenta 1, 0 de 500 ya contados en las últimas 24 h, quedan 499 después',
      'recuperable: restaure la copia de seguridad del 2026-03-10T04:00:00.000Z (R-BKP-2)',
      'entrante  POP3  mail.infomaniak.com  puerto 995  SSL/TLS  usuario jean@exemple.ch  contraseña (PLAIN o LOGIN)  sin dejar copia en el servidor',
    ]);
    // One used, then one left, in the singular where each language wants it.
    const last = [
      'quota',
      '--offer',
      'ksuite-free',
      '--history',
      '-',
      '--now',
      '2026-03-02T12:00:00Z',
    ];
    const one = (used: number) => async (lang: string) => {
      const history = {
        readFile: async () => `{"at":"2026-03-02T11:00:00Z","recipients":${used}}`,
      };
      return (await cliWith(history, ...last, '--recipients', '1', '--lang', lang)).stdout;
    };
    expect(await Promise.all(LOCALES.map(one(1)))).toEqual([
      'allowed: weight 1, 1 of 500 used in the last 24 h, 498 left after it',
      'autorisé\u00a0: compte pour 1, 1 sur 500 déjà compté ces dernières 24 h, 498 restants ensuite',
      'erlaubt: zählt 1, 1 von 500 in den letzten 24 h gezählt, danach noch 498 übrig',
      'consentito: conta 1, 1 su 500 già contato nelle ultime 24 h, ne restano 498 dopo',
      'permitido: cuenta 1, 1 de 500 ya contado en las últimas 24 h, quedan 498 después',
    ]);
    expect(await Promise.all(LOCALES.map(one(498)))).toEqual([
      'allowed: weight 1, 498 of 500 used in the last 24 h, 1 left after it',
      'autorisé\u00a0: compte pour 1, 498 sur 500 déjà comptés ces dernières 24 h, 1 restant ensuite',
      'erlaubt: zählt 1, 498 von 500 in den letzten 24 h gezählt, danach noch 1 übrig',
      'consentito: conta 1, 498 su 500 già contati nelle ultime 24 h, ne resta 1 dopo',
      'permitido: cuenta 1, 498 de 500 ya contados en las últimas 24 h, queda 1 después',
    ]);
    // The SMTP reply's heading and an unknown cause; a client's error with its code.
    expect((await cli('diagnose', '550 5.1.0 x', '--lang', 'es')).stdout).toBe(
      '550 5.1.0: permanente, direccionamiento\ncausa: ninguna que describan las guías del proveedor',
    );
    // The verdict's words are coloured where the language puts them.
    expect((await cliWith({ color: true }, 'folder', 'Cestino', '--lang', 'it')).stdout).toContain(
      ': \x1b[31mcestino\x1b[39m, i messaggi',
    );
    // The demo is a tour of the library in English: its own lines stay so, the library's
    // messages come in the language asked for.
    const demo = (await cli('demo', '--lang', 'fr')).stdout;
    expect(demo).toContain('  refused: weight 20, 492 of 500 used in the last 24 h; retry at: ');
    expect(demo).toContain('Cet envoi dépasserait la limite de 500 messages');
  });

  it('storage says whether a mailbox has room, what a sender sees when not, and which offers have no limit', async () => {
    const storage = (offer: string, used: string, ...argv: string[]) =>
      cli('storage', '--offer', offer, '--used', used, ...argv);
    expect(await storage('my-ksuite', '19.5GiB', '--incoming', '25MiB')).toEqual({
      code: 0,
      stdout:
        'room for 25\u00a0MiB more (R-STOR-1): 19.5\u00a0GiB of 20\u00a0GiB used (97.5%), 512\u00a0MiB free',
      stderr: '',
    });
    expect(await storage('my-ksuite', '19.5GiB', '--incoming', '513MiB')).toEqual({
      code: 1,
      stdout: [
        'no room for 513\u00a0MiB more (R-STOR-1): 19.5\u00a0GiB of 20\u00a0GiB used (97.5%), 512\u00a0MiB free',
        '  - storage-full (R-STOR-1): The mailbox is full: 19.5\u00a0GiB of 20\u00a0GiB used, and 513\u00a0MiB more would not fit. Please free some space.',
        '  - message-too-large (R-SIZE-1): This message is 513\u00a0MiB; messages are limited to 201\u00a0MiB (210,763,776 bytes).',
        '  R-STOR-3: a message that does not fit goes back to its sender, with an error such as “5.2.2 Over quota” or “554 5.0.0 Service unavailable”',
        '  the offers with unlimited storage: my kSuite+',
      ].join('\n'),
      stderr: '',
    });
    // Over the limit with nothing incoming, as after leaving a paid offer: the Mail Service's
    // unlimited offer, in French.
    expect(await storage('mail-starter', '21G', '--lang', 'fr')).toEqual({
      code: 1,
      stdout: [
        'au-delà de sa limite (R-STOR-1)\u00a0: occupation 21\u00a0Go sur 20\u00a0Go (105\u00a0%), espace libre 0\u00a0octet',
        '  - storage-full (R-STOR-1)\u00a0: La boîte aux lettres dépasse de 1\u00a0Go sa limite de 20\u00a0Go. Veuillez libérer de l’espace.',
        '  R-STOR-3\u00a0: un message qui n’y tient pas retourne à son expéditeur, avec une erreur telle que «\u00a05.2.2 Over quota\u00a0» ou «\u00a0554 5.0.0 Service unavailable\u00a0»',
        '  les offres au stockage illimité\u00a0: Mail Service Premium',
      ].join('\n'),
      stderr: '',
    });
    // Without --incoming, the mailbox now; filled exactly, it is within its limit (R-STOR-1),
    // and the share is rounded down, so that 100 % means nothing is left.
    expect((await storage('ksuite-free', '20GiB')).stdout).toBe(
      'within its limit (R-STOR-1): 20\u00a0GiB of 20\u00a0GiB used (100%), 0\u00a0bytes free',
    );
    expect((await storage('ksuite-free', String(20 * 2 ** 30 - 1))).stdout).toContain('(99.9%)');
    expect(
      (await storage('ksuite-free', '20GiB', '--incoming', '1')).stdout.split('\n').at(-1),
    ).toBe(
      '  the offers with unlimited storage: kSuite Standard, kSuite Business, kSuite Enterprise',
    );
    // An offer without a limit: only a message over 201 MiB is refused (R-SIZE-1).
    expect(await storage('ksuite-standard', '900G', '--lang', 'de')).toEqual({
      code: 0,
      stdout: 'unbegrenzter Speicher (R-STOR-1): 900\u00a0GiB belegt',
      stderr: '',
    });
    const json = async (...argv: string[]) =>
      JSON.parse((await cli('storage', ...argv, '--json')).stdout);
    expect(
      await json('--offer', 'ksuite-standard', '--used', '900G', '--incoming', '202MiB'),
    ).toEqual({
      offer: 'ksuite-standard',
      usedBytes: 900 * 2 ** 30,
      incomingBytes: 202 * 2 ** 20,
      storage: { ok: true, limit: 'unlimited', freeBytes: 'unlimited', usedRatio: null },
      message: {
        ok: false,
        sizeBytes: 202 * 2 ** 20,
        limit: 210_763_776,
        issues: [
          {
            code: 'message-too-large',
            rule: 'R-SIZE-1',
            limit: 210_763_776,
            actual: 202 * 2 ** 20,
          },
        ],
      },
      unlimitedOffers: [],
      messages: [
        'This message is 202\u00a0MiB; messages are limited to 201\u00a0MiB (210,763,776 bytes).',
      ],
    });
    expect((await storage('ksuite-standard', '900G', '--incoming', '201MiB')).code).toBe(0);
    expect(await json('--offer', 'my-ksuite', '--used', '0')).toEqual({
      offer: 'my-ksuite',
      usedBytes: 0,
      incomingBytes: 0,
      storage: { ok: true, limit: 20 * 2 ** 30, freeBytes: 20 * 2 ** 30, usedRatio: 0 },
      message: null,
      unlimitedOffers: [],
      messages: [],
    });
    // The limit is inclusive: the last byte fits, one more does not.
    const room = async (incoming: number) =>
      (await storage('my-ksuite', '20G', '--incoming', String(incoming))).code;
    expect(await room(0)).toBe(0);
    expect(await room(1)).toBe(1);
    expect((await storage('my-ksuite', String(20 * 2 ** 30 - 1), '--incoming', '1')).code).toBe(0);
    // Each language's words, on a full mailbox.
    const heads = await Promise.all(
      LOCALES.map(
        async (lang) =>
          (await storage('my-ksuite', '20G', '--incoming', '1G', '--lang', lang)).stdout.split(
            '\n',
          )[0],
      ),
    );
    expect(heads).toEqual([
      'no room for 1\u00a0GiB more (R-STOR-1): 20\u00a0GiB of 20\u00a0GiB used (100%), 0\u00a0bytes free',
      'pas de place pour 1\u00a0Go de plus (R-STOR-1)\u00a0: occupation 20\u00a0Go sur 20\u00a0Go (100\u00a0%), espace libre 0\u00a0octet',
      'kein Platz für 1\u00a0GiB mehr (R-STOR-1): 20\u00a0GiB von 20\u00a0GiB belegt (100\u00a0%), 0\u00a0Byte frei',
      'non c’è posto per 1\u00a0GiB in più (R-STOR-1): occupazione 20\u00a0GiB su 20\u00a0GiB (100%), spazio libero 0\u00a0byte',
      'no hay sitio para 1\u00a0GiB más (R-STOR-1): ocupación 20\u00a0GiB de 20\u00a0GiB (100\u00a0%), espacio libre 0\u00a0bytes',
    ]);
    // The verdict is coloured, green or red, on a terminal.
    const colored = async (...argv: string[]) =>
      (await cliWith({ color: true }, 'storage', ...argv)).stdout.split(' (R-STOR-1)')[0];
    expect(await colored('--offer', 'my-ksuite', '--used', '1G')).toBe(
      '\x1b[32mwithin its limit\x1b[39m',
    );
    expect(await colored('--offer', 'my-ksuite', '--used', '21G')).toBe(
      '\x1b[31mover its limit\x1b[39m',
    );
    expect(await colored('--offer', 'mail-premium', '--used', '1G')).toBe(
      '\x1b[32munlimited storage\x1b[39m',
    );
    expect((await storage('my-ksuite', '1 PB')).stderr).toMatch(
      /^mail-policy: --used: expected a size/,
    );
    expect(await cli('storage', '--used', '1G')).toMatchObject({
      code: 2,
      stderr: 'mail-policy: --offer is required',
    });
    expect(await cli('storage', '--offer', 'my-ksuite')).toMatchObject({
      code: 2,
      stderr: 'mail-policy: --used is required',
    });
    expect((await storage('my-ksuite', '1G', '--incoming', 'lots')).stderr).toMatch(
      /^mail-policy: --incoming: expected a size/,
    );
    expect((await storage('nope', '1G')).stderr).toMatch(
      /^mail-policy: --offer: expected one of "ksuite-free"/,
    );
  });

  it('attachment says whether a file fits one message in base64, and how the webmail sends it', async () => {
    expect(await cli('attachment', '180MB')).toEqual({
      code: 1,
      stdout: [
        '171.7\u00a0MiB (180,000,000 bytes): too large for one message (R-SIZE-1)',
        '  in base64 (R-SIZE-2): 234.9\u00a0MiB, over the limit of 201\u00a0MiB; the largest file that fits: 146.9\u00a0MiB (154,019,682 bytes)',
        '  R-SIZE-3: The webmail sends this file as a SwissTransfer link put in the message (over 25\u00a0MiB, up to 3\u00a0GiB).',
      ].join('\n'),
      stderr: '',
    });
    expect(await cli('attachment', '12M')).toEqual({
      code: 0,
      stdout: [
        '12\u00a0MiB (12,582,912 bytes): fits in one message (R-SIZE-1)',
        '  in base64 (R-SIZE-2): 16.4\u00a0MiB, 184.6\u00a0MiB to spare of 201\u00a0MiB',
        '  R-SIZE-3: The webmail sends this file as an attachment (up to 25\u00a0MiB).',
      ].join('\n'),
      stderr: '',
    });
    // The rest of the message counts: the whole size is said, and the largest file shrinks.
    expect((await cli('attachment', '146MiB', '--lang', 'de')).stdout.split('\n')[1]).toBe(
      '  in Base64 (R-SIZE-2): 199,8\u00a0MiB, noch 1,2\u00a0MiB von 201\u00a0MiB frei',
    );
    const other = await cli('attachment', '146MiB', '--other', '2MB', '--lang', 'de');
    expect(other.code).toBe(1);
    expect(other.stdout.split('\n')[1]).toBe(
      '  in Base64 (R-SIZE-2): 199,8\u00a0MiB, 201,7\u00a0MiB mit dem Rest der Nachricht, über der Grenze von 201\u00a0MiB; die größte Datei, die passt: 145,5\u00a0MiB (152.558.145 Byte)',
    );
    // At the limit: the largest file fits (2 bytes short of the limit: base64 grows by 4
    // characters at a time), one byte more does not; with the rest of the message at the
    // limit, no file fits.
    const json = async (...argv: string[]) =>
      JSON.parse((await cli('attachment', ...argv, '--json')).stdout);
    expect(await json('154019682')).toMatchObject({
      encodedBytes: 210_763_774,
      message: { ok: true, spareBytes: 2 },
      maxAttachmentBytes: 154_019_682,
    });
    expect((await cli('attachment', '154019682')).code).toBe(0);
    expect((await cli('attachment', '154019683')).code).toBe(1);
    // Two bytes over, the message reads as the limit does: both are then written exactly.
    expect((await cli('attachment', '154019683')).stdout.split('\n')[1]).toBe(
      '  in base64 (R-SIZE-2): 201\u00a0MiB (210,763,778 bytes), over the limit of 201\u00a0MiB (210,763,776 bytes); the largest file that fits: 146.9\u00a0MiB (154,019,682 bytes)',
    );
    expect((await cli('attachment', '146MiB', '--other', '1.3MiB')).stdout.split('\n')[1]).toBe(
      '  in base64 (R-SIZE-2): 199.8\u00a0MiB, 201.1\u00a0MiB with the rest of the message, over the limit of 201\u00a0MiB; the largest file that fits: 145.9\u00a0MiB (153,023,535 bytes)',
    );
    expect(await json('154019683')).toEqual({
      rawBytes: 154_019_683,
      otherBytes: 0,
      encodedBytes: 210_763_778,
      message: {
        ok: false,
        sizeBytes: 210_763_778,
        limit: 210_763_776,
        issues: [
          { code: 'message-too-large', rule: 'R-SIZE-1', limit: 210_763_776, actual: 210_763_778 },
        ],
      },
      maxAttachmentBytes: 154_019_682,
      webmail: 'swisstransfer-link',
      webmailText:
        'The webmail sends this file as a SwissTransfer link put in the message (over 25\u00a0MiB, up to 3\u00a0GiB).',
      messages: [
        'This message is 210,763,778\u00a0bytes; messages are limited to 201\u00a0MiB (210,763,776 bytes).',
      ],
    });
    expect(await json('1K')).toMatchObject({ message: { ok: true }, messages: [] });
    expect((await json('1K', '--lang', 'fr')).webmailText).toBe(
      'Le webmail envoie ce fichier en pièce jointe (jusqu’à 25\u00a0Mo).',
    );
    expect(await json('0', '--other', '201MiB')).toMatchObject({
      message: { ok: true, spareBytes: 0 },
      maxAttachmentBytes: 0,
    });
    expect((await cli('attachment', '1', '--other', '201MiB')).stdout).toContain(
      '4\u00a0bytes, 201\u00a0MiB (210,763,780 bytes) with the rest of the message, over the limit of 201\u00a0MiB (210,763,776 bytes); the largest file that fits: 0\u00a0bytes',
    );
    // The webmail's tiers, each bound inclusive (R-SIZE-3).
    const webmail = async (size: number) => (await json(String(size))).webmail;
    expect(
      await Promise.all(
        [
          25 * 2 ** 20,
          25 * 2 ** 20 + 1,
          3 * 2 ** 30,
          3 * 2 ** 30 + 1,
          50 * 2 ** 30,
          50 * 2 ** 30 + 1,
        ].map(webmail),
      ),
    ).toEqual([
      'attachment',
      'swisstransfer-link',
      'swisstransfer-link',
      'swisstransfer',
      'swisstransfer',
      'too-large',
    ]);
    // Each language's words, and its sizes as the library writes them.
    const lines = async (size: string, line: number) =>
      Promise.all(
        LOCALES.map(
          async (lang) => (await cli('attachment', size, '--lang', lang)).stdout.split('\n')[line],
        ),
      );
    // What the webmail does, formatAttachmentDelivery's sentence under its rule.
    expect(await lines('4G', 2)).toEqual([
      '  R-SIZE-3: This file is too large for the webmail (over 3\u00a0GiB): send it with SwissTransfer itself, up to 50\u00a0GiB.',
      '  R-SIZE-3\u00a0: Ce fichier est trop gros pour le webmail (au-delà de 3\u00a0Go)\u00a0: envoyez-le directement avec SwissTransfer, jusqu’à 50\u00a0Go.',
      '  R-SIZE-3: Diese Datei ist zu groß für das Webmail (über 3\u00a0GiB): Senden Sie sie direkt mit SwissTransfer, bis 50\u00a0GiB.',
      '  R-SIZE-3: Questo file è troppo grande per la webmail (oltre 3\u00a0GiB): invialo direttamente con SwissTransfer, fino a 50\u00a0GiB.',
      '  R-SIZE-3: Este archivo es demasiado grande para el webmail (más de 3\u00a0GiB): envíelo directamente con SwissTransfer, hasta 50\u00a0GiB.',
    ]);
    expect(await lines('20MiB', 0)).toEqual([
      '20\u00a0MiB (20,971,520 bytes): fits in one message (R-SIZE-1)',
      '20\u00a0Mo (20\u202f971\u202f520 octets)\u00a0: tient dans un message (R-SIZE-1)',
      '20\u00a0MiB (20.971.520 Byte): passt in eine Nachricht (R-SIZE-1)',
      '20\u00a0MiB (20.971.520 byte): sta in un messaggio (R-SIZE-1)',
      '20\u00a0MiB (20.971.520 bytes): cabe en un mensaje (R-SIZE-1)',
    ]);
    expect(await lines('20MiB', 1)).toEqual([
      '  in base64 (R-SIZE-2): 27.4\u00a0MiB, 173.6\u00a0MiB to spare of 201\u00a0MiB',
      '  en base64 (R-SIZE-2)\u00a0: 27,4\u00a0Mo, il reste 173,6\u00a0Mo sur 201\u00a0Mo',
      '  in Base64 (R-SIZE-2): 27,4\u00a0MiB, noch 173,6\u00a0MiB von 201\u00a0MiB frei',
      '  in base64 (R-SIZE-2): 27,4\u00a0MiB, spazio libero 173,6\u00a0MiB su 201\u00a0MiB',
      '  en base64 (R-SIZE-2): 27,4\u00a0MiB, espacio libre 173,6\u00a0MiB de 201\u00a0MiB',
    ]);
    // No verb agrees with the space left: "restano 1 MiB", "quedan 1 MiB" were written before.
    const spare = async (lang: string) =>
      (await cli('attachment', '0', '--other', '200MiB', '--lang', lang)).stdout.split('\n')[1];
    expect(await spare('it')).toBe(
      '  in base64 (R-SIZE-2): 0\u00a0byte, 200\u00a0MiB con il resto del messaggio, spazio libero 1\u00a0MiB su 201\u00a0MiB',
    );
    expect(await spare('es')).toBe(
      '  en base64 (R-SIZE-2): 0\u00a0bytes, 200\u00a0MiB con el resto del mensaje, espacio libre 1\u00a0MiB de 201\u00a0MiB',
    );
    expect((await lines('300MB', 0))[1]).toBe(
      '286,1\u00a0Mo (300\u202f000\u202f000 octets)\u00a0: trop gros pour un message (R-SIZE-1)',
    );
    // The verdict is coloured, green or red, on a terminal.
    expect((await cliWith({ color: true }, 'attachment', '1K')).stdout).toContain(
      ': \x1b[32mfits in one message\x1b[39m (R-SIZE-1)',
    );
    expect((await cliWith({ color: true }, 'attachment', '1G')).stdout).toContain(
      ': \x1b[31mtoo large for one message\x1b[39m (R-SIZE-1)',
    );
    // Under a KiB, the bytes alone; from a KiB on, the exact count too.
    expect(
      await Promise.all(
        ['1023', '1024'].map(async (size) => (await cli('attachment', size)).stdout.split(':')[0]),
      ),
    ).toEqual(['1,023\u00a0bytes', '1\u00a0KiB (1,024 bytes)']);
  });

  it('answers these command lines in the five languages as test/golden/cli-answers.txt holds', async () => {
    // Every command's words in every language, read whole: a change shows in the file's diff
    // (UPDATE_GOLDEN=1 rewrites it). The clock is the cli helper's, 2026-03-02T12:00:00Z.
    const history = fixture('history.jsonl'); // 490 recipients in the last 24 h
    const csv =
      'courriel\njean@exemple.ch\nmarie@exemple.ch\nJosé..Müller@exemple.ch\nJEAN@exemple.ch\n';
    const io = { readFile: async (path: string) => (path === '-' ? csv : readFile(path, 'utf8')) };
    const imap = { protocol: 'imap', host: 'mail.infomaniak.com', port: 993, security: 'tls' };
    const smtp = { host: 'mail.infomaniak.com', port: 587, security: 'starttls' };
    const user = { username: 'jean@exemple.ch' };
    const good = {
      email: 'jean@exemple.ch',
      incoming: { ...imap, ...user },
      outgoing: { ...smtp, ...user },
    };
    const bad = {
      email: 'jean@exemple.ch',
      incoming: [
        { ...imap, ...user },
        {
          protocol: 'pop3',
          host: 'mail.infomaniak.com',
          port: 995,
          security: 'tls',
          username: 'jean',
        },
      ],
      outgoing: { host: 'smtp.exemple.ch', port: 25, ...user },
    };
    // Two POP3 servers keeping a copy (two warnings, two tips), sending unencrypted (an error).
    const kept = { ...imap, ...user, protocol: 'pop3', port: 995, keepCopyOnServer: true };
    const pop3 = {
      email: 'jean@exemple.ch',
      incoming: [kept, kept],
      outgoing: { ...smtp, ...user, security: 'none' },
    };
    const quota = ['quota', '--offer', 'ksuite-free', '--history', history, '--recipients'];
    const recover = ['recover', '--offer', 'ksuite-standard', '--received', '2026-03-01T08:00:00Z'];
    const commands: readonly (readonly string[])[] = [
      [...quota, '9'],
      [...quota, '10'],
      [...quota, '11'],
      [...quota, '150'],
      [...quota, '11', '--tz', 'Europe/Zurich'],
      ['quota', '--offer', 'mail-premium', '--recipients', '1', '--size', '250MB'],
      ['attachment', '12M'],
      ['attachment', '180MB'],
      ['attachment', '0', '--other', '200MiB'],
      ['attachment', '154019683'],
      ['attachment', '4G'],
      ['attachment', '60G'],
      ['storage', '--offer', 'ksuite-free', '--used', '5G'],
      ['storage', '--offer', 'my-ksuite', '--used', '19.5GiB', '--incoming', '25MiB'],
      ['storage', '--offer', 'my-ksuite', '--used', '19.5GiB', '--incoming', '513MiB'],
      ['storage', '--offer', 'mail-starter', '--used', '21G'],
      ['storage', '--offer', 'ksuite-standard', '--used', '900G', '--incoming', '202MiB'],
      ['check', 'José..Müller@exemple.ch'],
      ['check', 'jean.dupont'],
      ['check', '--rfc', '--', '-jean@exemple.ch'],
      ['check', '-'],
      ['verify', JSON.stringify(good)],
      ['verify', JSON.stringify(bad)],
      ['verify', JSON.stringify(pop3)],
      ['diagnose', '535 5.7.0 Authentication failed'],
      ['diagnose', '552 5.2.2 Over quota'],
      ['diagnose', '553 5.1.3 Bad recipient address syntax'],
      ['diagnose', 'connect ETIMEDOUT 192.0.2.7:25'],
      ['protocol', '--devices', '1', '--offline'],
      ['protocol', '--devices', '3', '--shared', '--webmail'],
      ['folder', 'Corbeille'],
      ['folder', 'INBOX.&BBoEPgRABDcEOAQ9BDA-'],
      ['folder', 'Archive', '--messages', '4500'],
      ['folder', 'Archive', '--messages', '12000'],
      [...recover, '--gone', '2026-03-10T09:00:00Z', '--now', '2026-03-20T12:00:00Z'],
      [...recover, '--gone', '2026-03-01T09:00:00Z', '--now', '2026-03-01T10:00:00Z'],
      [
        'recover',
        '--offer',
        'ksuite-free',
        '--received',
        '2026-03-01T08:00:00Z',
        '--gone',
        '2026-03-10T09:00:00Z',
        '--now',
        '2026-03-20T12:00:00Z',
      ],
      ['backups', '--offer', 'ksuite-business', '--now', '2026-03-31T12:00:00Z'],
      ['backups', '--offer', 'ksuite-free'],
      // Zurich's clock, across the change to summer time of 29 March: 05:00 every day.
      ['backups', '--offer', 'mail-premium', '--now', '2026-03-31T14:00', '--tz', 'Europe/Zurich'],
      [
        'recover',
        '--offer',
        'ksuite-standard',
        '--received',
        '2026-03-01T09:00',
        '--gone',
        '2026-03-10T10:00',
        '--now',
        '2026-03-20T13:00',
        '--tz',
        'Europe/Zurich',
      ],
      ['settings', 'jean@exemple.ch'],
      ['settings', 'jean@exemple.ch', '--incoming', 'pop3', '--submission', 'tls'],
    ];
    const shown = (arg: string) =>
      arg === history ? 'test/fixtures/history.jsonl' : /^[\w@.:/-]+$/.test(arg) ? arg : `'${arg}'`;
    const out: string[] = [];
    for (const argv of commands) {
      for (const lang of LOCALES) {
        // The language after the command's name: a value after `--` takes no option.
        const line = [argv[0] as string, '--lang', lang, ...argv.slice(1)];
        const { code, stdout, stderr } = await cliWith(io, ...line);
        expect(stderr, line.join(' ')).toBe('');
        out.push(`$ mail-policy ${line.map(shown).join(' ')}`, stdout, `[exit ${code}]`, '');
      }
    }
    expectGolden('cli-answers.txt', out.join('\n'));
  });

  it('prints what the transcripts in the docs show', async () => {
    // A ```sh block's line `$ npx mail-policy …`, then what it prints, up to the next `$ ` or
    // the block's end; words split at spaces, or kept whole in single quotes.
    const files = [
      'README.md',
      ...readdirSync(new URL('../docs/', import.meta.url))
        .filter((name) => name.endsWith('.md'))
        .map((name) => `docs/${name}`),
    ];
    let seen = 0;
    for (const file of files) {
      const text = await readFile(new URL(`../${file}`, import.meta.url), 'utf8');
      for (const [, block] of text.matchAll(/^```sh\n([\s\S]*?)^```/gm)) {
        for (const [, line, output] of (block as string).matchAll(
          /^\$ npx mail-policy (.*)\n((?:(?!\$ ).*\n)*)/gm,
        )) {
          const argv = [...(line as string).matchAll(/'([^']*)'|(\S+)/g)].map(
            (word) => word[1] ?? word[2] ?? '',
          );
          const { stdout } = await cli(...argv);
          expect(`${stdout.replaceAll('\u00a0', ' ')}\n`, `${file}: ${line}`).toBe(output);
          seen++;
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('reads a size in bytes or with a unit, by 1024 or by 1000 as the unit says', async () => {
    const read = async (size: string) =>
      JSON.parse((await cli('attachment', size, '--json')).stdout).rawBytes;
    const sizes: [string, number][] = [
      ['180MB', 180_000_000],
      ['180 mb', 180_000_000],
      ['2 kB', 2000],
      ['2KB', 2000],
      ['1.5 GB', 1_500_000_000],
      ['1.500 MB', 1_500_000], // a dot is a decimal point, before three digits too
      ['3 TB', 3e12],
      ['25 MiB', 26_214_400],
      ['25M', 26_214_400],
      ['25m', 26_214_400],
      ['12,5 Mo', 13_107_200],
      ['12.5mo', 13_107_200],
      ['1.5G', 1_610_612_736],
      ['2 Go', 2 * 2 ** 30],
      ['4 Ko', 4096],
      ['1 KiB', 1024],
      ['1T', 2 ** 40],
      ['1 To', 2 ** 40],
      ['1 TiB', 2 ** 40],
      ['0.5 K', 512],
      ['0.3 KiB', 307], // 307.2, rounded to the nearest byte
      ['0.0001 kB', 0],
      ['7', 7],
      ['7 B', 7],
      ['7 bytes', 7],
      ['7 octets', 7],
      ['1 byte', 1],
      [' 42 ', 42],
      ['0', 0],
      ['1024 TiB', 2 ** 50],
    ];
    expect(await Promise.all(sizes.map(([size]) => read(size)))).toEqual(
      sizes.map(([, bytes]) => bytes),
    );
    const refused = async (size: string) => {
      const { code, stderr } = await cli('attachment', '--', size);
      expect(code).toBe(2);
      return stderr.replace(/^mail-policy: SIZE: expected /, '');
    };
    const any =
      'a size in bytes, or with a unit: 180MB, 25 MiB, 1.5G (KiB, MiB, GiB, Ko, Mo, Go and K, M, G count by 1024; kB, MB, GB by 1000)';
    expect(await refused('1.5')).toBe('a whole number of bytes; received "1.5"');
    expect(await refused('1,5 B')).toBe('a whole number of bytes; received "1,5 B"');
    // 1.5 or 1,500? Said so, not guessed.
    expect(await refused('1,500 MB')).toBe(
      `${any}, with a dot before a fraction; received "1,500 MB"`,
    );
    for (const size of [
      '',
      'MB',
      '2X',
      '-1',
      '1e6',
      '1 PB',
      '1 PiB',
      '1 000',
      '0x10',
      '½ MB',
      '1..5M',
      '1 constructor',
      '1 __proto__',
    ])
      expect(await refused(size)).toBe(`${any}; received ${JSON.stringify(size)}`);
    expect(await refused('1025 TiB')).toBe(`${any}, at most 1 PiB; received "1025 TiB"`);
    // --other reads the same sizes, and is named when refused.
    expect(
      JSON.parse((await cli('attachment', '1', '--other', '1,5M', '--json')).stdout).otherBytes,
    ).toBe(1_572_864);
    expect((await cli('attachment', '1', '--other', 'lots')).stderr).toMatch(
      /^mail-policy: --other: expected a size /,
    );
    // quota's --size too.
    const quota = await cli(
      'quota',
      '--offer',
      'ksuite-free',
      '--recipients',
      '1',
      '--size',
      '250MB',
      '--json',
    );
    expect(JSON.parse(quota.stdout).issues).toEqual([
      { code: 'message-too-large', rule: 'R-SIZE-1', limit: 210_763_776, actual: 250_000_000 },
    ]);
    expect(
      (await cli('quota', '--offer', 'ksuite-free', '--recipients', '1', '--size', '201 MiB')).code,
    ).toBe(0);
  });

  it('verify lists what to change in a client’s settings, server by server, each with its fix', async () => {
    const broken = JSON.stringify({
      email: 'jean@exemple.ch',
      incoming: [
        {
          protocol: 'POP3',
          host: 'mail.infomaniak.ch',
          port: '110',
          security: 'None',
          username: 'jean',
          keepCopyOnServer: true,
        },
        {
          host: 'mail.infomaniak.com',
          port: 993,
          security: 'SSL/TLS',
          username: 'jean@exemple.ch',
        },
      ],
      outgoing: null,
    });
    expect(await cli('verify', broken)).toEqual({
      code: 1,
      stdout: [
        'these settings fail: 4 errors, 2 warnings, 1 tip',
        '  error    /incoming/0/host              wrong-host (R-CONN-1): Use the server name mail.infomaniak.com.',
        '           → replace /incoming/0/host "mail.infomaniak.com"',
        '  error    /incoming/0/security          encryption-off (R-CONN-5): Encryption is off: turn on SSL/TLS or STARTTLS.',
        '           → replace /incoming/0/port 995, replace /incoming/0/security "tls"',
        '  error    /incoming/0/username          username-not-full-address (R-CONN-3): The user name must be the full email address: jean@exemple.ch.',
        '           → replace /incoming/0/username "jean@exemple.ch"',
        '  warning  /incoming/0/keepCopyOnServer  pop3-keep-copy (R-PROTO-2): With POP3, do not keep a copy of messages on the server: it leads to messages being downloaded again.',
        '           → replace /incoming/0/keepCopyOnServer false',
        '  tip      /incoming/0/protocol          pop3-instead-of-imap (R-PROTO-2): IMAP is recommended: the same mail on every device, the webmail and the app.',
        '           → replace /incoming/0/protocol "imap", replace /incoming/0/port 993, replace /incoming/0/security "tls"',
        '  error    /outgoing                     missing-server (R-CONN-2): A server is missing: add it with the settings below.',
        '           → replace /outgoing {"protocol":"smtp","host":"mail.infomaniak.com","port":587,"security":"starttls","username":"jean@exemple.ch","authentication":true}',
        // Last: its removal moves the paths of the servers after it.
        '  warning  /incoming                     pop3-and-imap (R-PROTO-2): Do not use POP3 and IMAP for the same address at the same time: keep IMAP.',
        '           → remove /incoming/0',
      ].join('\n'),
      stderr: '',
    });
    // --json: the library's answer as it is, and a sentence for each finding.
    const json = JSON.parse((await cli('verify', broken, '--json', '--lang', 'es')).stdout);
    expect({ ok: json.ok, findings: json.findings }).toEqual(
      checkClientSettings(JSON.parse(broken)),
    );
    expect(json.findings[5]).toMatchObject({ code: 'missing-server', path: '/outgoing' });
    expect(json.messages).toHaveLength(7);
    expect(json.messages[0]).toBe('Use el nombre de servidor mail.infomaniak.com.');
    // Settings that work: a warning leaves the exit code at 0; none at all, nothing to change.
    const legacy = {
      email: 'jean@exemple.ch',
      incoming: {
        protocol: 'imap',
        host: 'mail.infomaniak.com',
        port: 143,
        security: 'starttls',
        username: 'jean@exemple.ch',
      },
      outgoing: {
        host: 'mail.infomaniak.com',
        port: '465',
        security: 'ssl',
        username: 'jean@exemple.ch',
        authentication: 'Normal password',
      },
    };
    const heads = async (settings: unknown) =>
      Promise.all(
        LOCALES.map(async (lang) => {
          const { code, stdout } = await cli('verify', JSON.stringify(settings), '--lang', lang);
          return [code, ...stdout.split('\n').slice(0, 2)];
        }),
      );
    expect(await heads(legacy)).toEqual([
      [
        0,
        'these settings work: 1 warning',
        '  warning  /incoming/port  legacy-port (R-CONN-4): This port works, but 993 (IMAP) or 995 (POP3) with SSL/TLS is recommended.',
      ],
      [
        0,
        'ces réglages fonctionnent\u00a0: 1 avertissement',
        '  avertissement  /incoming/port  legacy-port (R-CONN-4)\u00a0: Ce port fonctionne, mais 993 (IMAP) ou 995 (POP3) avec SSL/TLS est recommandé.',
      ],
      [
        0,
        'diese Einstellungen funktionieren: 1 Warnung',
        '  Warnung  /incoming/port  legacy-port (R-CONN-4): Dieser Port funktioniert, empfohlen ist aber 993 (IMAP) oder 995 (POP3) mit SSL/TLS.',
      ],
      [
        0,
        'queste impostazioni funzionano: 1 avviso',
        '  avviso  /incoming/port  legacy-port (R-CONN-4): Questa porta funziona, ma si consiglia la 993 (IMAP) o la 995 (POP3) con SSL/TLS.',
      ],
      [
        0,
        'esta configuración funciona: 1 aviso',
        '  aviso  /incoming/port  legacy-port (R-CONN-4): Este puerto funciona, pero se recomienda el 993 (IMAP) o el 995 (POP3) con SSL/TLS.',
      ],
    ]);
    const sound = { ...legacy, incoming: { ...legacy.incoming, port: 993, security: 'tls' } };
    expect((await heads(sound)).map(([code, head]) => [code, head])).toEqual([
      [0, 'these settings work: nothing to change'],
      [0, 'ces réglages fonctionnent\u00a0: rien à changer'],
      [0, 'diese Einstellungen funktionieren: nichts zu ändern'],
      [0, 'queste impostazioni funzionano: niente da cambiare'],
      [0, 'esta configuración funciona: nada que cambiar'],
    ]);
    // The counts in each language's singular and plural.
    expect((await heads({ email: 'jean@exemple.ch' })).map(([, head]) => head)).toEqual([
      'these settings fail: 2 errors',
      'ces réglages échouent\u00a0: 2 erreurs',
      'diese Einstellungen scheitern: 2 Fehler',
      'queste impostazioni non funzionano: 2 errori',
      'esta configuración falla: 2 errores',
    ]);
    const one = await cli(
      'verify',
      JSON.stringify({ ...sound, outgoing: { ...sound.outgoing, username: 'jean' } }),
      '--lang',
      'fr',
    );
    expect(one.stdout.split('\n')[0]).toBe('ces réglages échouent\u00a0: 1 erreur');
    // Not settings at all: one finding, and no fix to show.
    const notObject = await cliWith({ readFile: async () => '[1, 2]' }, 'verify', 'list.json');
    expect(notObject).toEqual({
      code: 1,
      stdout:
        'these settings fail: 1 error\n  error    not-an-object (R-CONN-2): The settings are missing.',
      stderr: '',
    });
    // The verdict is coloured on a terminal.
    const coloured = async (settings: string) =>
      (await cliWith({ color: true }, 'verify', settings)).stdout.split(': ')[0];
    expect(await coloured(JSON.stringify(sound))).toBe('\x1b[32mthese settings work\x1b[39m');
    expect(await coloured('{}')).toBe('\x1b[31mthese settings fail\x1b[39m');
  });

  it('verify reads the settings from a file, standard input or the argument, and names bad JSON', async () => {
    const settings =
      '{"email":"jean@exemple.ch","outgoing":{"host":"mail.infomaniak.com","port":25}}';
    const dir = await mkdtemp(join(tmpdir(), 'verify-'));
    try {
      const file = join(dir, 'settings.json');
      await writeFile(file, settings);
      const fromFile = await cli('verify', file);
      const fromStdin = await cliWith(
        { readFile: async (path) => (path === '-' ? settings : '') },
        'verify',
        '-',
      );
      const inline = await cli('verify', `  ${settings}`);
      expect(fromFile.code).toBe(1);
      expect(fromFile.stdout).toContain('smtp-port-25 (R-CONN-6)');
      expect(fromStdin).toEqual(fromFile);
      expect(inline).toEqual(fromFile);
      expect(await cli('verify', join(dir, 'missing.json'))).toMatchObject({
        code: 2,
        stderr: expect.stringMatching(/^mail-policy: verify: cannot read .*missing\.json: ENOENT/),
      });
      await writeFile(file, '{"email": "jean@exemple.ch",');
      expect(await cli('verify', file)).toMatchObject({
        code: 2,
        stderr: `mail-policy: ${file}: not valid JSON (expected {"email": …, "incoming": {…}, "outgoing": {…}})`,
      });
    } finally {
      await rm(dir, { recursive: true });
    }
    expect((await cli('verify', '{email}')).stderr).toBe(
      'mail-policy: the settings: not valid JSON (expected {"email": …, "incoming": {…}, "outgoing": {…}})',
    );
    expect((await cliWith({ readFile: async () => 'port=25' }, 'verify', '-')).stderr).toMatch(
      /^mail-policy: standard input: not valid JSON /,
    );
    const unreadable = async () => {
      throw new Error('EAGAIN');
    };
    expect(await cliWith({ readFile: unreadable }, 'verify', '-')).toMatchObject({
      code: 2,
      stderr: 'mail-policy: cannot read standard input: EAGAIN',
    });
  });

  it('sets every French answer as French typography wants: a no-break space before : and ;', async () => {
    const commands = [
      ['check', 'José..Müller@exemple.ch'],
      ['check', '--rfc', '--', 'jean..dupont@exemple.ch'],
      ['quota', '--offer', 'ksuite-free', '--recipients', '0', '--now', '2026-03-02T12:00:00Z'],
      [
        'quota',
        '--offer',
        'ksuite-free',
        '--recipients',
        '1',
        '--size',
        '250MB',
        '--now',
        '2026-03-02T12:00:00Z',
      ],
      ['settings', 'jean..dupont@exemple.ch'],
      ['settings', 'jean@exemple.ch', '--incoming', 'pop3'],
      ['diagnose', '535 5.7.0 Authentication failed'],
      ['diagnose', 'connect ETIMEDOUT 192.0.2.7:25'],
      ['protocol', '--offline'],
      ['folder', 'Corbeille', '--messages', '6000'],
      [
        'recover',
        '--offer',
        'ksuite-free',
        '--received',
        '2026-03-01T08:00:00Z',
        '--now',
        '2026-03-20T12:00:00Z',
      ],
      [
        'recover',
        '--offer',
        'ksuite-standard',
        '--received',
        '2026-03-01T08:00:00Z',
        '--gone',
        '2026-03-10T09:00:00Z',
        '--now',
        '2026-03-20T12:00:00Z',
      ],
      ['backups', '--offer', 'ksuite-free', '--now', '2026-03-20T12:00:00Z'],
      ['attachment', '180MB', '--other', '2MB'],
      ['attachment', '4G'],
      ['storage', '--offer', 'mail-starter', '--used', '21G'],
      ['storage', '--offer', 'my-ksuite', '--used', '19.5GiB', '--incoming', '1GiB'],
      ['verify', '{"email":"jean@exemple.ch","outgoing":{"host":"smtp.exemple.ch","port":25}}'],
    ];
    for (const argv of commands) {
      const { stdout } = await cli('--lang', 'fr', ...argv);
      expect(stdout, argv.join(' ')).not.toBe('');
      // A sign that ends a clause (followed by a space or the line's end), an ISO time's or a
      // port's colon aside.
      for (const line of stdout.split('\n'))
        expect(line, argv.join(' ')).not.toMatch(
          /[^\u00a0\u202f\s][:;?!»](?:\s|$)|«[^\u00a0\u202f]/,
        );
    }
  });

  it('protocol says IMAP or POP3, why (+) and what to mind (!), in the chosen language', async () => {
    expect(await cli('protocol', '--devices', '2', '--webmail')).toEqual({
      code: 0,
      stdout: [
        'IMAP (R-PROTO-2): Use IMAP.',
        '  + With IMAP, messages stay on the server: every device, the web app at mail.infomaniak.com and the Infomaniak Mail app show the same messages in the same folders.',
        '  + This address is read on several devices.',
        '  + This address is also read in the web app or the Infomaniak Mail app.',
        '  ! Never read this address by POP3 on one device and by IMAP on another: the two protocols do not work together.',
      ].join('\n'),
      stderr: '',
    });
    // One device (the default) offline: POP3, with its four warnings.
    const pop3 = (await cli('protocol', '--offline', '--lang', 'de')).stdout.split('\n');
    expect(pop3[0]).toBe('POP3 (R-PROTO-1): Verwenden Sie POP3, nur auf diesem einen Gerät.');
    expect(pop3.filter((line) => line.startsWith('  ! '))).toHaveLength(4);
    expect((await cli('protocol', '--offline', '--shared', '--lang', 'fr')).stdout).toMatch(
      /^IMAP \(R-PROTO-2\)\u00a0: Utilisez IMAP\.\n/,
    );
    expect(JSON.parse((await cli('protocol', '--devices', '1', '--json')).stdout)).toEqual({
      protocol: 'imap',
      rule: 'R-PROTO-2',
      reasons: ['same-view-everywhere'],
      warnings: ['never-mix-pop3-and-imap'],
      messages: {
        protocol: 'Use IMAP.',
        reasons: [
          'With IMAP, messages stay on the server: every device, the web app at mail.infomaniak.com and the Infomaniak Mail app show the same messages in the same folders.',
        ],
        warnings: [
          'Never read this address by POP3 on one device and by IMAP on another: the two protocols do not work together.',
        ],
      },
    });
    for (const devices of ['0', '-1', '1.5', 'two', '', '99999999999999999999']) {
      expect(await cli('protocol', `--devices=${devices}`), devices).toMatchObject({
        code: 2,
        stdout: '',
        stderr: `mail-policy: --devices: expected a positive integer; received "${devices}"`,
      });
    }
    expect(await cli('protocol', 'extra')).toMatchObject({ code: 2 });
  });

  it('reads a reply, or a history, from standard input with -', async () => {
    const bounce = [
      'This is the mail system at host mail.infomaniak.com.',
      '',
      '<x@exemple.ch>: host mx.exemple.ch[192.0.2.1] said: 550 5.1.1 <x@exemple.ch>:',
      '    Recipient address rejected: User unknown (in reply to RCPT TO command)',
    ].join('\n');
    const asked: string[] = [];
    const stdin = (text: string) => ({
      readFile: async (path: string) => {
        asked.push(path);
        return text;
      },
    });
    expect((await cliWith(stdin(bounce), 'diagnose', '-')).stdout).toBe(
      [
        '550 5.1.1: permanent, addressing',
        'cause (R-CONN-7): The recipient’s address does not exist.',
        '  1. Check the recipient’s address for typing mistakes.',
      ].join('\n'),
    );
    expect(asked).toEqual(['-']);
    const history = '{"at":"2026-03-02T08:00:00Z","recipients":499}\n';
    const quota = ['quota', '--offer', 'ksuite-free', '--recipients', '2'];
    expect(
      await cliWith(stdin(history), ...quota, '--now', '2026-03-02T12:00:00Z', '--history', '-'),
    ).toMatchObject({ code: 1, stdout: expect.stringContaining('499 of 500 used') });
    expect(
      await cliWith(stdin('{"at":1772438400000}\nnope'), ...quota, '--history', '-'),
    ).toMatchObject({
      code: 2,
      stderr: 'mail-policy: standard input:1: "recipients" must be a non-negative integer',
    });
    const broken = {
      readFile: async () => {
        throw new Error('EAGAIN');
      },
    };
    expect(await cliWith(broken, 'diagnose', '-')).toEqual({
      code: 2,
      stdout: '',
      stderr: 'mail-policy: cannot read standard input: EAGAIN',
    });
  });

  it('folder --messages says what a folder’s count means and what to do, in the chosen language', async () => {
    expect(await cli('folder', 'INBOX', '--messages', '12000', '--lang', 'de')).toEqual({
      code: 0, // advice: the exit code stays the purge's
      stdout: [
        'INBOX: normaler Ordner, Nachrichten bleiben darin ohne Zeitlimit erhalten (R-RET-1)',
        '  R-STOR-2: Dieser Ordner enthält 12.000 Nachrichten: Mehr als 5.000 pro Ordner werden nicht empfohlen, da die Indexierung der Nachrichten langsamer wird.',
        '  1. Verschieben Sie Nachrichten in Unterordner, dort finden Sie sie auch leichter.',
        '  2. Sortierregeln können sie automatisch dorthin verschieben.',
      ].join('\n'),
      stderr: '',
    });
    expect(await cli('folder', 'Corbeille', '--messages', '4500', '--lang', 'fr')).toMatchObject({
      code: 1,
      stdout: expect.stringContaining(
        '\n  R-STOR-2\u00a0: Ce dossier contient 4\u202f500 messages\u00a0: au-delà de 4\u202f000 par dossier',
      ),
    });
    expect((await cli('folder', 'Archives', '--messages', '1')).stdout).toBe(
      'Archives: regular folder, mail is kept with no time limit (R-RET-1)\n  R-STOR-2: This folder holds 1 message: that is fine, as the number of messages is not limited.',
    );
    const json = JSON.parse(
      (await cli('folder', 'Archives', '--messages', '4001', '--json', '--lang', 'it')).stdout,
    );
    expect(json).toEqual({
      name: 'Archives',
      kind: 'regular',
      purged: false,
      rule: 'R-RET-1',
      advice: {
        level: 'warning',
        rule: 'R-STOR-2',
        messageCount: 4001,
        remedies: ['move-to-subfolders', 'use-sorting-rules'],
      },
      adviceText: {
        level:
          'Questa cartella contiene 4001 messaggi: oltre 4000 per cartella, l’indicizzazione dei messaggi rallenta.',
        remedies: [
          'Sposta i messaggi in sottocartelle: così li trovi anche più facilmente.',
          'Le regole di smistamento possono spostarli automaticamente.',
        ],
      },
    });
    // Without --messages, no advice, in the text or the JSON.
    expect((await cli('folder', 'Archives')).stdout).not.toContain('R-STOR-2');
    expect(Object.keys(JSON.parse((await cli('folder', 'Archives', '--json')).stdout))).toEqual([
      'name',
      'kind',
      'purged',
      'rule',
    ]);
    for (const count of ['x', '-1', '1.5', '', '99999999999999999999']) {
      expect(await cli('folder', 'Archives', `--messages=${count}`)).toMatchObject({
        code: 2,
        stderr: `mail-policy: --messages: expected a non-negative integer; received "${count}"`,
      });
    }
  });

  it('folder, recover and backups answer the retention questions', async () => {
    expect(await cli('folder', 'INBOX.Papelera')).toEqual({
      code: 1,
      stdout:
        'INBOX.Papelera: trash folder, messages are deleted for good 30 days after they enter it (R-RET-2)',
      stderr: '',
    });
    expect(await cli('folder', 'Factures')).toMatchObject({
      code: 0,
      stdout: 'Factures: regular folder, mail is kept with no time limit (R-RET-1)',
    });
    expect(JSON.parse((await cli('folder', 'Spam', '--json')).stdout)).toEqual({
      name: 'Spam',
      kind: 'junk',
      purged: true,
      rule: 'R-RET-2',
    });
    // A name in IMAP modified UTF-7 is shown decoded as well.
    expect(await cli('folder', 'INBOX.&BBoEPgRABDcEOAQ9BDA-')).toMatchObject({
      code: 1,
      stdout:
        'INBOX.&BBoEPgRABDcEOAQ9BDA- (INBOX.Корзина): trash folder, messages are deleted for good 30 days after they enter it (R-RET-2)',
    });
    expect(JSON.parse((await cli('folder', 'Sent &- Received', '--json')).stdout)).toEqual({
      name: 'Sent &- Received',
      decoded: 'Sent & Received',
      kind: 'regular',
      purged: false,
      rule: 'R-RET-1',
    });
    // `&` alone is no UTF-7, and a name without one decodes to itself: neither shows twice.
    for (const name of ['R&D', 'Archives'])
      expect(JSON.parse((await cli('folder', name, '--json')).stdout)).not.toHaveProperty(
        'decoded',
      );
    expect((await cli('folder', 'R&D')).stdout).toMatch(/^R&D: regular folder/);
    // An empty or blank name names no folder: bad input, not a folder that is kept.
    for (const name of ['', ' \t'])
      expect(await cli('folder', name)).toEqual({
        code: 2,
        stdout: '',
        stderr: 'mail-policy: folder needs a name: mail-policy folder NAME',
      });
    const seed = [
      'recover',
      '--offer',
      'ksuite-standard',
      '--received',
      '2026-03-02T07:00:00Z',
      '--gone',
      '2026-03-02T08:00:00Z',
    ];
    expect(await cli(...seed, '--now', '2026-03-02T09:00:00Z')).toEqual({
      code: 1,
      stdout:
        'not recoverable: never-in-a-backup (R-BKP-4): No daily backup ran while the message existed, so no backup holds it: it cannot be recovered.',
      stderr: '',
    });
    expect(
      await cli(
        'recover',
        '--offer',
        'mail-premium',
        '--received',
        '2026-03-01T07:00:00Z',
        '--gone',
        '2026-03-02T08:00:00Z',
      ),
    ).toEqual({
      code: 0,
      stdout: 'recoverable: restore the backup of 2026-03-02T04:00:00.000Z (R-BKP-2)',
      stderr: '',
    });
    expect(JSON.parse((await cli(...seed, '--json', '--lang', 'it')).stdout)).toMatchObject({
      reason: 'never-in-a-backup',
      message: expect.stringContaining('Nessun backup'),
    });
    expect(
      (await cli('recover', '--offer', 'mail-premium', '--received', '2026-03-01T07:00:00Z'))
        .stdout,
    ).toContain('not-gone');
    expect(await cli('recover', '--received', 'x')).toMatchObject({
      code: 2,
      stderr: 'mail-policy: --offer is required',
    });
    expect(await cli('recover', '--offer', 'mail-premium')).toMatchObject({
      code: 2,
      stderr: 'mail-policy: --received is required',
    });
    expect(await cli('recover', '--offer', 'mail-premium', '--received', 'soon')).toMatchObject({
      code: 2,
      stderr:
        'mail-policy: --received: expected an ISO 8601 date such as 2026-03-01T12:00:00Z; received "soon"',
    });
    expect(await cli(...seed, '--protocol', 'mapi')).toMatchObject({
      code: 2,
      stderr: 'mail-policy: --protocol: expected imap or pop3; received "mapi"',
    });
    expect((await cli(...seed, '--now', '2026-03-02T09:00:00Z', '--protocol', 'pop3')).stdout).toBe(
      'not recoverable: pop3-deleted-before-backup (R-BKP-7): The message was downloaded with POP3 and left the server before any backup: it cannot be recovered.',
    );
    // Dates in a refusal are given in UTC, as the command's own are.
    const late = ['--offer', 'mail-premium', '--received', '2026-03-01T07:00:00Z'];
    expect(
      (
        await cli(
          'recover',
          ...late,
          '--gone',
          '2026-03-02T08:00:00Z',
          '--now',
          '2026-05-01T00:00:00Z',
        )
      ).stdout,
    ).toBe(
      'not recoverable: backups-expired (R-BKP-2): The backups that held the message are older than 30 days: they expired on April 1, 2026 at 4:00 AM UTC.',
    );
    expect(await cli('recover', ...late, '--gone', 'x')).toMatchObject({
      code: 2,
      stderr:
        'mail-policy: --gone: expected an ISO 8601 date such as 2026-03-01T12:00:00Z; received "x"',
    });
    const backups = await cli(
      'backups',
      '--offer',
      'ksuite-business',
      '--now',
      '2026-03-31T12:00:00Z',
    );
    expect(backups.stdout.split('\n')).toHaveLength(31);
    expect(backups.stdout.split('\n').slice(0, 3)).toEqual([
      '30 backups, newest first (R-BKP-1, R-BKP-2):',
      '  2026-03-31T03:00:00.000Z',
      '  2026-03-30T03:00:00.000Z',
    ]);
    expect((await cli('backups', '--offer', 'my-ksuite')).stdout).toContain(
      'no backups to restore on this offer',
    );
    expect(
      JSON.parse((await cli('backups', '--offer', 'my-ksuite', '--json')).stdout),
    ).toMatchObject({ retentionDays: 0 });
    expect(await cli('backups')).toMatchObject({
      code: 2,
      stderr: 'mail-policy: --offer is required',
    });
  });

  it.each([
    ['check', 'VALUE'],
    ['settings', 'EMAIL'],
    ['diagnose', '"REPLY"'],
    ['folder', 'NAME'],
    ['attachment', 'SIZE'],
    ['verify', 'FILE'],
  ])('%s needs one value', async (command, value) => {
    expect(await cli(command)).toEqual({
      code: 2,
      stdout: '',
      stderr: `mail-policy: ${command} needs one value: mail-policy ${command} ${value}`,
    });
  });

  it("lets an error that is not the user's own through", async () => {
    const broken = cliWith(
      {
        stdout: () => {
          throw new Error('EPIPE');
        },
      },
      'offers',
    );
    await expect(broken).rejects.toThrow('EPIPE');
  });

  it('prints its usage with --help (exit 0) and without a command (exit 2)', async () => {
    expect(await cli('--help')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: mail-policy <command>'),
    });
    expect(await cli()).toMatchObject({ code: 2, stdout: expect.stringContaining('Commands:') });
    expect(await cli('help')).toEqual({ ...(await cli('--help')), code: 0 });
  });

  it('is announced in CHANGELOG.md with every command', async () => {
    const changelog = await readFile(new URL('../CHANGELOG.md', import.meta.url), 'utf8');
    const line = changelog.slice(changelog.indexOf('The `mail-policy` command:'));
    const announced = line.slice(0, line.indexOf('\n- ')).match(/`([a-z]+)`/g);
    expect(announced?.map((word) => word.slice(1, -1)).sort()).toEqual(
      Object.keys(COMMANDS).sort(),
    );
  });

  it.each(Object.keys(COMMANDS))(
    'prints the help of %s, with an example that runs',
    async (name) => {
      const viaFlag = await cli(name, '--help');
      expect(viaFlag.code).toBe(0);
      expect(viaFlag.stdout).toMatch(new RegExp(`^Usage: mail-policy ${name}\\b`));
      expect(viaFlag.stdout).toContain('Examples:\n  mail-policy ');
      expect(viaFlag.stdout).toMatch(/Exit codes: .*2 bad input\./);
      expect(viaFlag.stdout).toContain('--json: ');
      expect(await cli('help', name)).toEqual(viaFlag);
      // Every example parses: it never ends in a usage error (files it names may be missing).
      for (const example of COMMANDS[name]?.examples ?? []) {
        const argv = example
          .replace(/ [<>] .*$/, '')
          .match(/'[^']*'|"[^"]*"|\S+/g)
          ?.slice(1)
          .map((word) => word.replace(/^(['"])(.*)\1$/, '$2')) as string[];
        // `-` reads standard input: here, what an example would pipe in.
        const stdin = async (path: string) =>
          path === '-' ? '550 5.1.1 User unknown' : readFile(path, 'utf8');
        const result = await cliWith({ readFile: stdin }, ...argv);
        expect(
          result.stderr.replace(/^mail-policy: (--history|verify): cannot read .*$/, ''),
          example,
        ).toBe('');
      }
    },
  );

  it('refuses help on an unknown command', async () => {
    expect(await cli('help', 'nope')).toMatchObject({
      code: 2,
      stderr: 'mail-policy: unknown command: nope (try mail-policy --help)',
    });
    expect(await cli('nope', '--help')).toMatchObject({ code: 2 });
  });

  it('colours the verdicts only when asked, never in --json', async () => {
    const coloured = { color: true };
    expect((await cliWith(coloured, 'check', 'jean')).stdout).toBe(
      '\x1b[32mvalid\x1b[39m local part: jean',
    );
    expect(
      (await cliWith(coloured, 'check', 'a..b')).stdout.startsWith(
        '\x1b[31mrefused\x1b[39m local part',
      ),
    ).toBe(true);
    expect((await cliWith(coloured, 'folder', 'Trash')).stdout).toContain(
      '\x1b[31mtrash folder\x1b[39m',
    );
    expect((await cliWith(coloured, 'folder', 'Archives')).stdout).toContain(
      '\x1b[32mregular folder\x1b[39m',
    );
    expect(
      (await cliWith(coloured, 'quota', '--offer', 'ksuite-free', '--recipients', '3')).stdout,
    ).toContain('\x1b[32mallowed\x1b[39m: weight 3');
    const lost = ['recover', '--offer', 'ksuite-standard', '--received', '2026-03-01T08:00:00Z'];
    for (const argv of [
      ['quota', '--offer', 'ksuite-free', '--recipients', '101'],
      [...lost, '--gone', '2026-03-01T09:00:00Z', '--now', '2026-03-01T10:00:00Z'],
    ]) {
      const painted = (await cliWith(coloured, ...argv)).stdout;
      expect(painted.startsWith('\x1b[31m'), painted).toBe(true);
    }
    const restored = [...lost, '--gone', '2026-03-10T09:00:00Z', '--now', '2026-03-20T12:00:00Z'];
    expect((await cliWith(coloured, ...restored)).stdout).toBe(
      '\x1b[32mrecoverable\x1b[39m: restore the backup of 2026-03-10T04:00:00.000Z (R-BKP-2)',
    );
    const twice = { ...coloured, readFile: async () => 'jean@exemple.ch\nJEAN@exemple.ch' };
    expect((await cliWith(twice, 'check', '-')).stdout).toContain(
      'line 2: \x1b[31mrefused\x1b[39m: JEAN@exemple.ch is the address of line 1 again',
    );
    expect((await cliWith(coloured, 'check', 'jean', '--json')).stdout).not.toContain('\x1b');
    expect((await cli('check', 'a..b')).stdout).not.toContain('\x1b');
  });

  it('decides colour as no-color.org says', () => {
    expect(wantsColor(true, {})).toBe(true);
    expect(wantsColor(false, {})).toBe(false);
    expect(wantsColor(undefined, {})).toBe(false);
    expect(wantsColor(true, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor(true, { NO_COLOR: '' })).toBe(true);
    expect(wantsColor(true, { TERM: 'dumb' })).toBe(false);
    expect(wantsColor(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColor(false, { FORCE_COLOR: '0' })).toBe(false);
    expect(wantsColor(false, { FORCE_COLOR: '' })).toBe(false);
    expect(wantsColor(true, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
  });
});

describe('mail-policy, given any command line', () => {
  // Words of the commands and flags, values near each edge (a date at the end of the range a
  // Date holds, a negative count, an unknown offer), and any string.
  const WORDS = [
    ...['demo', 'offers', 'quota', 'check', 'settings', 'diagnose', 'folder', 'recover'],
    ...['backups', 'protocol', '--devices', '--offline', '--shared', '--webmail', '3', '-1'],
    ...['help', '--json', '--lang', 'fr', 'pt', '--rfc', '--offer', 'ksuite-free'],
    ...['mail-premium', 'nope', '__proto__', '--recipients', '0', '12', '1.5', '--size', '--'],
    ...['--history', fixture('history.jsonl'), fixture('history-bad.jsonl'), '/nonexistent'],
    ...['--now', '--received', '--gone', '2026-03-02T09:00:00Z', '+275760-09-13T00:00:00Z'],
    ...['-271821-04-20T00:00:00Z', '2026-13-40', '--now=-271821-04-20T00:00:00Z', '--protocol'],
    ...['pop3', '--format', 'json', 'thunderbird', 'apple', 'autodiscover', 'srv', '--incoming'],
    ...['--submission', 'tls', '-h', '-@example.com', 'jean@exemple.ch', 'a@bücher.123'],
    ...['535 5.7.0 Authentication failed', '5.2.2 Over quota', 'INBOX.Papelera', '&AOk-', ''],
    ...['attachment', '--other', '180MB', '1,500 MB', '1.5G', '2 PiB', '1024 TiB', '0'],
    ...['verify', '{}', '{"outgoing":{"port":25}}', '{', fixture('history.jsonl')],
    ...['--messages', '4500', 'INBOX', 'storage', '--used', '19.5GiB', '21G', '--incoming'],
  ];
  const word = fc.oneof(fc.constantFrom(...WORDS), fc.string({ unit: 'grapheme', maxLength: 12 }));

  it('exits 0, 1 or 2 and writes what it means: no stack trace, Invalid Date or NaN', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 8 }), async (argv) => {
        const { code, stdout, stderr } = await cli(...argv);
        expect([0, 1, 2]).toContain(code);
        const text = `${stdout}\n${stderr}`;
        const odd = /\n\s+at \S|Invalid Date|\bNaN\b|\bundefined\b|\[object /;
        if (!argv.some((arg) => odd.test(`\n${arg}`))) expect(text).not.toMatch(odd); // not echoed
      }),
    );
  });

  it('storage agrees with checkStorage and checkMessageSize, and writes 100 % only when nothing is left', async () => {
    const GIB = 2 ** 30;
    const bytes = fc.oneof(
      fc.integer({ min: 0, max: 25 * GIB }),
      // Near the limit, and a few bytes either side of it.
      fc.integer({ min: 20 * GIB - 2 ** 20, max: 20 * GIB + 2 ** 20 }),
    );
    const incoming = fc.option(fc.integer({ min: 0, max: 300 * 2 ** 20 }), { nil: undefined });
    const offer = fc.constantFrom('ksuite-free', 'my-ksuite-plus', 'mail-starter');
    await fc.assert(
      fc.asyncProperty(offer, bytes, incoming, async (id, used, coming) => {
        const argv = ['storage', '--offer', id, '--used', String(used)];
        if (coming !== undefined) argv.push('--incoming', String(coming));
        const text = await cli(...argv);
        const json = JSON.parse((await cli(...argv, '--json')).stdout);
        const fits = checkStorage({ offer: id as OfferId, usedBytes: used, incomingBytes: coming });
        const message = coming === undefined ? null : checkMessageSize(coming);
        expect(json.storage).toEqual(fits);
        expect(json.message).toEqual(message);
        expect(text.code).toBe(fits.ok && message?.ok !== false ? 0 : 1);
        expect(json.messages).toHaveLength(Number(!fits.ok) + Number(message?.ok === false));
        if (fits.limit !== 'unlimited') {
          const share = Number(/\(([\d.]+)%\)/.exec(text.stdout)?.[1]);
          expect(share).toBeLessThanOrEqual((100 * used) / fits.limit);
          // Over the limit, 100 % or more; within it, 100 % exactly when nothing is left.
          if (used > fits.limit) expect(share).toBeGreaterThanOrEqual(100);
          else expect(share === 100).toBe(fits.freeBytes === 0);
        }
      }),
    );
  });

  it('--tz writes the instants, and reads the dates without an offset, on a zone’s clock', async () => {
    const zones = fc.constantFrom('Europe/Zurich', 'America/St_Johns', 'Asia/Kathmandu', 'UTC');
    const days = fc.integer({ min: Date.UTC(2000, 0), max: Date.UTC(2040, 0) });
    await fc.assert(
      fc.asyncProperty(zones, days, async (zone, time) => {
        const now = new Date(time).toISOString();
        const argv = ['backups', '--offer', 'ksuite-business', '--now', now];
        const text = await cli(...argv, '--tz', zone);
        const json = JSON.parse((await cli(...argv, '--json', '--tz', zone)).stdout);
        const listed = text.stdout.split('\n').slice(1);
        // The same instants as --json's, each written with its offset: 05:00 on Zurich's clock.
        expect(listed.map((line) => new Date(line.trim()).toISOString())).toEqual(json.backups);
        for (const line of listed)
          expect(line).toMatch(/^ {2}\d{4}-\d\d-\d\dT[\d:.]+[+-]\d\d:\d\d$/);
        if (zone === 'Europe/Zurich')
          for (const line of listed) expect(line).toContain('T05:00:00');
      }),
      { numRuns: runs(40) },
    );
    // A date without an offset is read there; the messages' dates are written there.
    const late = ['recover', '--offer', 'mail-premium', '--received', '2026-03-01T08:00'];
    const until = [
      '--gone',
      '2026-03-02T09:00',
      '--now',
      '2026-05-01T02:00',
      '--tz',
      'Europe/Zurich',
    ];
    const refused = await cli(...late, ...until);
    expect(refused.stdout).toBe(
      'not recoverable: backups-expired (R-BKP-2): The backups that held the message are older than 30 days: they expired on April 1, 2026 at 6:00 AM GMT+2.',
    );
    expect(JSON.parse((await cli(...late, ...until, '--json')).stdout).message).toBe(
      refused.stdout.slice(refused.stdout.indexOf('The backups')),
    );
    // Without --tz, the messages of --json are in UTC too, as the instants beside them.
    const utc = await cli(
      ...late,
      '--gone',
      '2026-03-02T08:00Z',
      '--now',
      '2026-05-01T00:00Z',
      '--json',
    );
    expect(JSON.parse(utc.stdout).message).toContain('April 1, 2026 at 4:00 AM UTC');
    for (const bad of ['Nowhere', '']) {
      expect(await cli('backups', '--offer', 'mail-premium', '--tz', bad)).toMatchObject({
        code: 2,
        stderr: `mail-policy: --tz: expected an IANA time zone such as Europe/Zurich; received ${JSON.stringify(bad)}`,
      });
    }
    // A history's times without an offset are read on the same clock.
    const history = '{"at":"2026-03-02T09:00","recipients":500}\n';
    const io = { readFile: async () => history };
    const quota = ['quota', '--offer', 'ksuite-free', '--history', '-', '--recipients', '1'];
    const zurich = await cliWith(
      io,
      ...quota,
      '--now',
      '2026-03-03T08:59',
      '--tz',
      'Europe/Zurich',
    );
    expect(zurich.stdout).toContain('retry at: 2026-03-03T09:00:00.000+01:00');
    expect(zurich.stdout).toContain('You can send it from March 3, 2026 at 9:00 AM GMT+1.');
    // --json's messages: on the same clock, and in UTC without --tz.
    const json = async (...argv: string[]) =>
      JSON.parse((await cliWith(io, ...quota, '--json', ...argv)).stdout).messages[0];
    expect(await json('--now', '2026-03-03T08:59', '--tz', 'Europe/Zurich')).toContain(
      'March 3, 2026 at 9:00 AM GMT+1',
    );
    const inUtc = { readFile: async () => '{"at":"2026-03-02T08:00Z","recipients":500}\n' };
    const message = JSON.parse(
      (await cliWith(inUtc, ...quota, '--json', '--now', '2026-03-03T07:59Z')).stdout,
    ).messages[0];
    expect(message).toContain('March 3, 2026 at 8:00 AM UTC');
    expect(
      (await cliWith(io, ...quota, '--now', '2026-03-03T09:00', '--tz', 'Europe/Zurich')).code,
    ).toBe(0);
  });
});

const BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

describe.skipIf(!existsSync(BIN))('the built program', () => {
  it('runs as a process and exits with the documented codes', async () => {
    const exec = promisify(execFile);
    const { stdout } = await exec(process.execPath, [BIN, 'offers']);
    expect(stdout).toContain('mail-premium');
    await expect(
      exec(process.execPath, [BIN, 'quota', '--offer', 'x', '--recipients', '1']),
    ).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^mail-policy: --offer: /),
    });
  });

  it('reads standard input for -', async () => {
    const child = execFile(process.execPath, [BIN, 'diagnose', '-', '--json']);
    child.stdin?.end("Remote Server returned '554 5.2.2 mailbox full'\r\n");
    let stdout = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      code: 554,
      enhanced: '5.2.2',
      cause: 'mailbox-full',
    });
  });

  it('reads a file or standard input saved with a byte-order mark', async () => {
    // Windows editors and Excel's "CSV UTF-8" write one first: a history's first line was then
    // "not valid JSON", and a CSV's header no header.
    const folder = await mkdtemp(join(tmpdir(), 'mail-policy-'));
    try {
      const history = join(folder, 'sent.jsonl');
      await writeFile(history, '\ufeff{"at":"2026-03-01T10:00:00Z","recipients":3}\n');
      const quota = ['quota', '--offer', 'ksuite-free', '--recipients', '1', '--json'];
      const { stdout } = await promisify(execFile)(process.execPath, [
        BIN,
        ...quota,
        ...['--history', history, '--now', '2026-03-01T12:00:00Z'],
      ]);
      expect(JSON.parse(stdout)).toMatchObject({ allowed: true, used: 3 });
    } finally {
      await rm(folder, { recursive: true });
    }
    const child = execFile(process.execPath, [BIN, 'check', '-']);
    child.stdin?.end('\ufeffEmail;Name\r\njean@exemple.ch;Jean\r\n');
    let stdout = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
    expect(stdout).toMatch(/^line 1: skipped, a header: Email\n/);
  });

  it('colours through a pipe only with FORCE_COLOR, and never with NO_COLOR', async () => {
    const exec = promisify(execFile);
    const env = (extra: Record<string, string>) => {
      const { NO_COLOR: _no, FORCE_COLOR: _force, ...rest } = process.env;
      return { ...rest, ...extra };
    };
    const run = async (extra: Record<string, string>) =>
      (await exec(process.execPath, [BIN, 'check', 'jean'], { env: env(extra) })).stdout;
    expect(await run({})).toBe('valid local part: jean\n');
    expect(await run({ FORCE_COLOR: '1' })).toBe('\x1b[32mvalid\x1b[39m local part: jean\n');
    expect(await run({ FORCE_COLOR: '1', NO_COLOR: '1' })).toBe('valid local part: jean\n');
  });
});
