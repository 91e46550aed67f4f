import fc from 'fast-check';
import nodemailer from 'nodemailer';
import addressparser from 'nodemailer/lib/addressparser';
import { describe, expect, it } from 'vitest';
import { runs } from '../../test/helpers/soak.js';
import { PolicyInputError } from '../_lib/errors.js';
import { countAddressList, countRecipients } from './countRecipients.js';
import { decideSend } from './decideSend.js';

/** The recipients nodemailer sends a message to when given `text`: the entries with an address. */
const sentTo = (text: string) =>
  addressparser(text, { flatten: true }).filter((entry) => entry.address).length;

const jsonTransport = nodemailer.createTransport({ jsonTransport: true });

/**
 * The recipients of nodemailer's envelope for a message to `to` (none when it sends nothing).
 * `to` may be anything a caller could pass: nodemailer's types say less than it takes.
 */
async function envelopeOf(to: unknown): Promise<string[]> {
  return jsonTransport.sendMail({ from: 'jean@exemple.ch', to: to as never, text: '' }).then(
    (info) => info.envelope.to,
    () => [],
  );
}

describe('countRecipients (R-SEND-2)', () => {
  it('counts the seed’s examples: a message to 2, 42 or 99 people counts 2, 42 and 99', () => {
    expect(countRecipients({ cc: ['a@example.com', 'b@example.com'] })).toBe(2);
    expect(countRecipients({ to: ['x@example.com'], cc: 20, bcc: 21 })).toBe(42);
    expect(countRecipients({ bcc: 99 })).toBe(99);
  });

  it('adds To, Cc and Bcc together, lists and counts alike', () => {
    expect(
      countRecipients({ to: ['a@example.com'], cc: ['b@example.com', 'c@example.com'], bcc: 40 }),
    ).toBe(43);
    expect(countRecipients({})).toBe(0);
    expect(countRecipients({ to: [] })).toBe(0);
  });

  it('counts duplicates as given (the safe side)', () => {
    expect(countRecipients({ to: ['a@example.com'], cc: ['a@example.com'] })).toBe(2);
  });

  it('counts the addresses a string holds, alone or in a list, as RFC 5322 separates them', () => {
    expect(countRecipients({ to: 'a@example.com, b@example.com', cc: ['c@example.com'] })).toBe(3);
    // nodemailer takes a list whose entries are lists themselves: none is under-counted.
    expect(countRecipients({ to: ['a@example.com, b@example.com', 'c@example.com'] })).toBe(3);
    expect(countRecipients({ bcc: '"Dupont, Jean" <jean@exemple.ch>, anna@exemple.ch' })).toBe(2);
    expect(countRecipients({ to: ['', '  '] })).toBe(0);
    // An entry that is not a string (nodemailer's { name, address }) counts one.
    expect(countRecipients({ to: [{ name: 'A', address: 'a@x.ch' }] as never })).toBe(1);
  });

  it.each([
    ['a@x.ch', 1],
    ['a@x.ch, b@x.ch,c@x.ch', 3],
    ['a@x.ch; b@x.ch', 2], // as Outlook writes lists
    ['"Dupont, Jean" <jean@x.ch>, anna@x.ch', 2],
    ['"Dupont, \\"J, D\\"" <jean@x.ch>', 1], // an escaped quote inside the quoted string
    ['Dupont Jean <jean@x.ch>', 1],
    ['<jean@x.ch>', 1],
    ['jean@x.ch (Dupont, Jean), anna@x.ch', 2], // a comment
    ['jean@x.ch (a (nested, comment) here, still) , anna@x.ch', 2],
    ['jean@x.ch (\\) still, a comment), anna@x.ch', 2], // a quoted pair in a comment
    ['=?UTF-8?Q?Dupont=2C_Jean?= <jean@x.ch>, anna@x.ch', 2], // an encoded word
    ['Team: a@x.ch, b@x.ch;, c@x.ch', 3], // a group counts its members
    ['undisclosed-recipients:;', 0],
    ['Team:;, a@x.ch', 1],
    ['"a,b"@x.ch, c@[IPv6:2001:db8::1]', 2], // a quoted local part, a domain literal
    ['Jean <"a>b, c"@x.ch>, d@x.ch', 2], // a quoted local part in angle brackets
    ['<a@x.ch> (Jean, Dupont), b@x.ch', 2],
    ['Jean [Sales] <a@x.ch>, b@x.ch', 2], // a `[` that follows no `@` is text
    // Angle brackets and domain literals hide no separator: an unclosed one hides nothing.
    ['a@x.ch, <b@x.ch, c@x.ch', 3],
    ['x@[, a@x.ch, b@x.ch', 3],
    ['Jean [Sales <a@x.ch>, b@x.ch', 2],
    ['Team: Jean <a@x.ch; b@x.ch', 2],
    ['<a,b@x.ch>', 2], // not sent as one address: a comma must be quoted
    ['a@[x,y;z], b@x.ch', 4], // RFC 5322 dtext holds them, but no address literal does
    // A domain literal, right after an `@` in angle brackets, hides a `(` or a `"` up to its `]`,
    // as nodemailer reads it: the `(` opens no comment that would hide the rest.
    ['<a@[x(]>, b@x.ch', 2],
    ['<a@[x"]>, b@x.ch', 2],
    ['<a@ (c) "q" [x(]>, b@x.ch', 2], // spaces, comments and quoted strings aside
    ['<a@\u3000[x(]>, b@x.ch', 2],
    ['<a@b[x(]>, b@x.ch', 1], // after no `@`, a `[` is text and the `(` a comment left open
    ['<a@.[x(]>, b@x.ch', 1],
    ['<[x(]>, b@x.ch', 1],
    ['<a@[x](, b@x.ch', 1], // the literal ends at its `]`
    ['<a@x.ch> b@[x(], c@x.ch', 1], // and the angle brackets at their `>`
    // A `:` after an `@` or a `<` is no group's: the entry still counts.
    ['a@x.ch:', 1],
    ['Jean <a@x.ch>:, b@x.ch', 2],
    ['mailto:a@x.ch', 1],
    ['Jean "a, b', 1], // a quoted string left open hides the rest, as for nodemailer
    ['a\\,b@x.ch', 2], // a backslash quotes a character only in a quoted string or a comment
    ['', 0],
    [' , ;, ', 0],
    ['jean', 1], // not validated: anything counts, the safe side
    ['Dupont, Jean <jean@x.ch>', 2], // unquoted, not RFC 5322: counted twice, the safe side
  ])('%j holds %i, and nodemailer sends it to no more', async (list, expected) => {
    expect(countAddressList(list)).toBe(expected);
    expect((await envelopeOf(list)).length).toBeLessThanOrEqual(expected);
  });

  it('counts a list of plain addresses joined by commas as the list itself', () => {
    const address = fc.stringMatching(/^[a-z0-9._-]{1,10}@[a-z0-9-]{1,10}\.[a-z]{2,4}$/);
    fc.assert(
      fc.property(
        fc.array(address, { maxLength: 20 }),
        fc.constantFrom(',', ', ', ';', ' ; '),
        (list, separator) => {
          expect(countAddressList(list.join(separator))).toBe(list.length);
          expect(countRecipients({ to: list.join(separator) })).toBe(countRecipients({ to: list }));
        },
      ),
    );
  });

  it('counts a well-formed list as the mailboxes it holds, and so does nodemailer', () => {
    // RFC 5322 §3.4: quoted strings (with quoted pairs) in display names and local parts,
    // comments, angle addresses, domain literals, groups; each holding the characters that
    // separate or group elsewhere.
    const special = (extra: string) =>
      fc
        .string({ unit: fc.constantFrom('a', ' ', ',', ';', ':', '<', '>', '@', '[', ']', extra) })
        .map((text) => text.replaceAll(extra, `\\${extra}`));
    const quoted = special('"').map((text) => `"${text}"`);
    const atom = fc.stringMatching(/^[a-z0-9!#$%&'*+/=?^_`{|}~-]{1,6}$/);
    const local = fc.oneof(
      fc.array(atom, { minLength: 1, maxLength: 3 }).map((a) => a.join('.')),
      quoted,
    );
    const domain = fc.constantFrom('x.ch', 'exemple.ch', '[192.0.2.1]', '[IPv6:2001:db8::1]');
    const address = fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`);
    const words = fc.stringMatching(/^[A-Za-z]{1,6}( [A-Za-z]{1,6}){0,2}$/);
    const name = fc.oneof(words, quoted, fc.constant('=?UTF-8?Q?Dupont=2C_Jean?='));
    const comment = fc.tuple(special(')'), special('(')).map(([a, b]) => `(${a}(${b}))`);
    const mailbox = fc.oneof(
      address,
      fc.tuple(name, address).map(([n, a]) => `${n} <${a}>`),
      fc.tuple(address, comment).map(([a, c]) => `${a} ${c}`),
    );
    const entry = fc.oneof(
      { arbitrary: mailbox.map((text) => [text, 1] as const), weight: 4 },
      fc
        .tuple(words, fc.array(mailbox, { maxLength: 4 }))
        .map(([n, members]) => [`${n}: ${members.join(', ')};`, members.length] as const),
    );
    fc.assert(
      fc.property(
        fc.array(entry, { maxLength: 6 }),
        fc.constantFrom(',', ', ', ' ; '),
        (entries, separator) => {
          const list = entries.map(([text]) => text).join(separator);
          const expected = entries.reduce((sum, [, count]) => sum + count, 0);
          expect(countAddressList(list)).toBe(expected);
          expect(sentTo(list)).toBe(expected);
        },
      ),
    );
  });

  it('never counts fewer recipients than nodemailer sends to, however broken the list', () => {
    // nodemailer (the sender the docs name) parses a string of recipients with addressparser:
    // a count below what it sends to would let a message past the quota. Over-counting a
    // broken list is the safe side.
    const unit = fc.constantFrom(
      ...['a', 'b', '@', '.', ',', ';', ':', '"', '<', '>', '(', ')', '[', ']', '\\', ' ', '\t'],
      ...['Jean ', 'a@x.ch', 'b@y.ch'],
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), (text) => {
        expect(countAddressList(text)).toBeGreaterThanOrEqual(sentTo(text));
      }),
      { numRuns: runs(3000) },
    );
  });

  it('answers alike for an entry with no separator, by the regular expression or the scan', () => {
    // A comma at the end sends any text through the scan, and adds no entry.
    const unit = fc.constantFrom(
      'a',
      '@',
      ' ',
      '\u3000',
      '"',
      '<',
      '>',
      '[',
      ']',
      '\\',
      ')',
      '\u0085',
    );
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (text) => {
        expect(countAddressList(text)).toBe(countAddressList(`${text},`));
      }),
    );
  });

  it('counts nodemailer’s address objects, alone or in a list, by their address', () => {
    const jean = { name: 'Dupont, Jean', address: 'jean@exemple.ch' };
    expect(countRecipients({ to: jean })).toBe(1);
    expect(countRecipients({ to: [jean, 'anna@exemple.ch', { address: 'bob@exemple.ch' }] })).toBe(
      3,
    );
    // Without an address nodemailer leaves the entry out.
    expect(
      countRecipients({ to: { name: 'Nobody' }, cc: [{ name: 'x', address: undefined }] }),
    ).toBe(0);
    expect(countRecipients({ bcc: [{ address: null } as never, jean] })).toBe(1);
    // An address holding a list is counted as one, on the safe side.
    expect(countRecipients({ to: { address: 'a@exemple.ch, b@exemple.ch' } })).toBe(2);
    // Any other object in a list counts one (the safe side).
    expect(countRecipients({ to: [{ email: 'a@exemple.ch' } as never] })).toBe(1);
    expect(
      decideSend({ offer: 'ksuite-free', now: 0, history: [], message: { to: jean, cc: [jean] } }),
    ).toMatchObject({ allowed: true, weight: 2 });
  });

  it('counts a list in a list entry by entry, as nodemailer flattens it', async () => {
    const admins = ['a@x.ch', 'b@x.ch'];
    for (const [to, expected] of [
      [[admins], 2],
      [[admins, 'c@x.ch'], 3],
      [[['a@x.ch', ['b@x.ch', 'c@x.ch, d@x.ch']], { address: 'e@x.ch' }], 5],
      [[[], [[]]], 0],
    ] as const) {
      expect(countRecipients({ to: to as never })).toBe(expected);
      expect(await envelopeOf(to)).toHaveLength(expected);
    }
  });

  it('counts an address object as nodemailer sends it, whatever its address holds', async () => {
    // nodemailer leaves out an empty or blank address, and sends to any other as one.
    for (const [address, expected] of [
      [42, 1],
      [true, 1],
      [':', 1], // no list, but one address to nodemailer
      ['(a comment)', 1],
      ['\u0085', 1], // not white space to String.prototype.trim, which nodemailer calls
      [' \t ', 0],
      [['a@x.ch', 'b@x.ch'], 1],
      [{}, 1],
      ['', 0],
      [0, 0],
      [false, 0],
      [null, 0],
    ] as const) {
      const to = { name: 'Jean', address } as never;
      expect(countRecipients({ to })).toBe(expected);
      expect(await envelopeOf(to)).toHaveLength(expected);
    }
  });

  it('never counts fewer recipients than nodemailer sends to, whatever the field holds', async () => {
    const address = fc.constantFrom('a@x.ch', 'b@x.ch', 'Jean <c@x.ch>', 'd@x.ch, e@x.ch', '');
    const { entry } = fc.letrec((tie) => ({
      entry: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        address,
        fc.record({ name: fc.constant('Jean'), address: fc.oneof(address, fc.anything()) }),
        fc.anything(),
        fc.array(tie('entry'), { maxLength: 4 }),
      ),
    }));
    await fc.assert(
      fc.asyncProperty(fc.array(entry, { maxLength: 5 }), async (to) => {
        expect(countRecipients({ to: to as never })).toBeGreaterThanOrEqual(
          (await envelopeOf(to)).length,
        );
      }),
    );
  });

  it('refuses lists nested more than 100 deep, such as a list that holds itself', () => {
    const deep = (levels: number): unknown[] => (levels === 1 ? ['a@x.ch'] : [deep(levels - 1)]);
    expect(countRecipients({ cc: deep(100) as never })).toBe(1);
    expect(() => countRecipients({ cc: deep(101) as never })).toThrow(
      /^message\.cc: expected lists nested at most 100 deep; received an array of 1$/,
    );
    const loop: unknown[] = ['a@x.ch'];
    loop.push(loop);
    expect(() => countRecipients({ bcc: [loop] as never })).toThrow(PolicyInputError);
  });

  it('takes an explicit count as is', () => {
    expect(countRecipients({ recipients: 7 })).toBe(7);
    expect(countRecipients({ recipients: 0 })).toBe(0);
  });

  it.each([
    [{ recipients: -1 }, /^message\.recipients: expected a non-negative integer; received -1$/],
    [{ recipients: 1.5 }, /^message\.recipients: /],
    [{ recipients: Number.NaN }, /received NaN$/],
    [{ to: -2 }, /^message\.to: /],
    [
      { cc: { to: 'a@example.com' } },
      /^message\.cc: expected addresses \(a list, a string or a \{ name, address \} object\) or a count/,
    ],
    [{ bcc: true }, /^message\.bcc: /],
    [
      { recipients: 2, to: ['a@example.com'] },
      /^message: expected either a recipients count or to\/cc\/bcc/,
    ],
    [null, /^message: /],
  ])('throws PolicyInputError for %j', (message, pattern) => {
    expect(() => countRecipients(message as never)).toThrow(PolicyInputError);
    expect(() => countRecipients(message as never)).toThrow(pattern);
  });
});
