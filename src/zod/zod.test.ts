import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import { expectDecidableWhenAccepted } from '../../test/helpers/sendBodies.js';
import { issueTriples } from '../../test/helpers/zodIssues.js';
import { type DecideSendInput, decideSend, fr, frAddress, PolicyInputError } from '../index.js';
import { formatAddressIssue } from '../locales/de.js';
import {
  createEmailAddressSchema,
  createLocalPartSchema,
  createProviderAddressSchema,
  emailAddressSchema,
  emailAddressSchemaFor,
  localPartSchema,
  localPartSchemaFor,
  offerIdSchema,
  providerAddressSchema,
  providerAddressSchemaFor,
  sendRequestSchema,
} from './index.js';

describe('zod schemas', () => {
  it('accept what the validators accept, and give our codes as params', () => {
    expect(localPartSchema.parse('jean.dupont')).toBe('jean.dupont');
    const result = localPartSchema.safeParse('-jean..dupont');
    expect(result.success).toBe(false);
    expect(issueTriples(result)).toEqual([
      ['custom', 'leading-hyphen', 'The name cannot start with a hyphen (-).'],
      ['custom', 'consecutive-dots', 'Two dots (..) in a row are not allowed.'],
    ]);
  });

  it('speak the user’s language', () => {
    const french = createLocalPartSchema({ locale: 'fr' }).safeParse('jean..dupont');
    expect(french.error?.issues[0]?.message).toBe(
      'Deux points (..) de suite ne sont pas autorisés.',
    );
    const lean = createLocalPartSchema({ locale: 'fr', messages: fr }).safeParse('jean..dupont');
    expect(lean.error?.issues[0]?.message).toBe('Deux points (..) de suite ne sont pas autorisés.');
    expect(
      createProviderAddressSchema({ locale: 'it' }).safeParse('jean@localhost').error?.issues[0]
        ?.message,
    ).toBe('Il dominio deve contenere almeno un punto, come esempio.ch.');
    expect(createLocalPartSchema({ locale: 'es' }).safeParse(42).error?.issues[0]?.message).toBe(
      'Introduzca la dirección como texto.',
    );
    // Options given as undefined are the defaults: English, the five built-in languages.
    const english = createLocalPartSchema({ locale: undefined, messages: undefined });
    expect(english.safeParse('jean..dupont').error?.issues[0]?.message).toBe(
      'Two dots (..) in a row are not allowed.',
    );
  });

  it('take the address part of a locale as messages', () => {
    const schema = createProviderAddressSchema({ locale: 'fr', messages: frAddress });
    expect(schema.safeParse('jean..dupont@exemple.ch').error?.issues[0]?.message).toBe(
      'Deux points (..) de suite ne sont pas autorisés.',
    );
  });

  it('…SchemaFor(format): the three schemas, written by the formatter given', () => {
    const localPart = localPartSchemaFor(formatAddressIssue);
    const providerAddress = providerAddressSchemaFor(formatAddressIssue);
    const emailAddress = emailAddressSchemaFor(formatAddressIssue);
    const messages = (result: { error?: z.ZodError | undefined }) =>
      result.error?.issues.map((issue) => [
        issue.code,
        (issue as { params?: { code: string } }).params?.code,
        issue.message,
      ]);
    expect(localPart.parse('jean.dupont')).toBe('jean.dupont');
    expect(messages(localPart.safeParse('jean..dupont'))).toEqual([
      ['custom', 'consecutive-dots', 'Zwei Punkte (..) hintereinander sind nicht erlaubt.'],
    ]);
    expect(messages(localPart.safeParse(42))).toEqual([
      ['invalid_type', undefined, 'Bitte geben Sie die Adresse als Text ein.'],
    ]);
    expect(providerAddress.parse('jean@exemple.ch')).toBe('jean@exemple.ch');
    expect(messages(providerAddress.safeParse('-@example.com'))).toEqual([
      ['custom', 'leading-hyphen', 'Der Name darf nicht mit einem Bindestrich (-) beginnen.'],
      ['custom', 'trailing-hyphen', 'Der Name darf nicht mit einem Bindestrich (-) enden.'],
    ]);
    expect(emailAddress.parse('-@example.com')).toBe('-@example.com'); // rfc mode (R-LP-6)
    expect(messages(emailAddress.safeParse('a..b@example.ch'))).toEqual([
      ['custom', 'local-part-syntax', 'Der Teil vor dem @ ist bei „.“ keine gültige Adresssyntax.'],
    ]);
  });

  it('the factories refuse options they cannot use, naming them', () => {
    const cases: [unknown, string][] = [
      ['fr', 'options: expected an object or undefined; received "fr"'],
      [{ locale: 'pt' }, 'options.locale: expected one of en, fr, de, it, es; received "pt"'],
      [
        { locale: 'toString' },
        'options.locale: expected one of en, fr, de, it, es; received "toString"',
      ],
      [
        { messages: 5 },
        'options.messages: expected an object of messages or undefined; received 5',
      ],
    ];
    for (const factory of [
      createLocalPartSchema,
      createProviderAddressSchema,
      createEmailAddressSchema,
    ]) {
      for (const [options, message] of cases) {
        const call = () => factory(options as never);
        expect(call).toThrow(PolicyInputError);
        expect(call).toThrow(message);
      }
    }
  });

  it('…SchemaFor(format) hands the formatter the library’s own issues', () => {
    const localPart = localPartSchemaFor((issue) => JSON.stringify(issue));
    expect(localPart.safeParse(null).error?.issues[0]?.message).toBe(
      '{"code":"not-a-string","rule":"R-LP-2","index":0,"count":1,"received":"unknown"}',
    );
    expect(localPart.safeParse('a..b').error?.issues[0]?.message).toBe(
      '{"code":"consecutive-dots","rule":"R-LP-4","index":2,"char":".","count":1}',
    );
  });

  it('…SchemaFor(format) refuses what is not a formatter', () => {
    for (const schemaFor of [localPartSchemaFor, providerAddressSchemaFor, emailAddressSchemaFor]) {
      const call = () => schemaFor('de' as never);
      expect(call).toThrow(PolicyInputError);
      expect(call).toThrow('format: expected a function such as formatAddressIssue; received "de"');
    }
  });

  it('tell creatable addresses from valid syntax (R-LP-6)', () => {
    expect(providerAddressSchema.safeParse('-@example.com').success).toBe(false);
    expect(emailAddressSchema.safeParse('-@example.com').success).toBe(true);
    expect(
      createEmailAddressSchema({ locale: 'de' }).safeParse('a..b@example.ch').error?.issues[0]
        ?.message,
    ).toBe('Der Teil vor dem @ ist bei „.“ keine gültige Adresssyntax.');
  });

  it('judge the value as typed; trimming first is the caller’s choice', () => {
    const typed = providerAddressSchema.safeParse(' jean@exemple.ch ');
    expect(
      typed.error?.issues.map((issue) => (issue as { params?: { code: string } }).params?.code),
    ).toEqual(['whitespace', 'domain-invalid-character']);
    const trimmed = z.string().trim().pipe(providerAddressSchema);
    expect(trimmed.parse(' jean@exemple.ch ')).toBe('jean@exemple.ch');
    // Indexes then point into the trimmed value.
    expect(trimmed.safeParse('  jean+x@exemple.ch').error?.issues[0]).toMatchObject({
      params: { code: 'forbidden-character', index: 4 },
    });
  });

  it('work as Standard Schema', async () => {
    const ok = await localPartSchema['~standard'].validate('jean');
    expect(ok).toEqual({ value: 'jean' });
    const refused = await providerAddressSchema['~standard'].validate('jean dupont@example.ch');
    expect('issues' in refused && refused.issues?.map((issue) => issue.message)).toEqual([
      'Spaces are not allowed in an address.',
    ]);
    expect(localPartSchema['~standard'].vendor).toBe('zod');
  });

  it('offerIdSchema knows the offers', () => {
    expect(offerIdSchema.parse('mail-premium')).toBe('mail-premium');
    expect(offerIdSchema.safeParse('__proto__').success).toBe(false);
  });

  it('sendRequestSchema turns a JSON body into decideSend input', () => {
    const body = JSON.parse(
      '{"offer":"ksuite-free","now":"2026-03-02T12:00:00Z","history":[{"at":"2026-03-02T08:00:00Z","recipients":495}],"message":{"to":["a@example.ch"],"bcc":9}}',
    );
    const input = sendRequestSchema.parse(body);
    expect(input.now).toEqual(new Date('2026-03-02T12:00:00Z'));
    expect(decideSend(input)).toMatchObject({ allowed: false, weight: 10, used: 495 });
    expectTypeOf(input).toExtend<DecideSendInput>();
    // A header's string of addresses, as a mail form posts it, weighs each address.
    const header = sendRequestSchema.parse({
      ...body,
      message: { to: '"Dupont, Jean" <jean@exemple.ch>, anna@exemple.ch', cc: ['b@x.ch; c@x.ch'] },
    });
    expect(decideSend(header)).toMatchObject({ allowed: true, weight: 4, used: 495 });
    // nodemailer's address objects, alone or in a list, as decideSend takes them.
    const objects = sendRequestSchema.parse({
      ...body,
      message: {
        to: [{ name: 'Jean Dupont', address: 'jean@exemple.ch' }, 'anna@exemple.ch'],
        cc: { address: 'b@x.ch' },
        bcc: [{ name: 'no address' }],
      },
    });
    expect(decideSend(objects)).toMatchObject({ allowed: true, weight: 3, used: 495 });
    expect(
      sendRequestSchema.safeParse({ ...body, message: { to: [{ address: 42 }] } }).success,
    ).toBe(false);
    // A date-time with an offset, as a server in Zurich writes one; none at all is ambiguous.
    const zurich = sendRequestSchema.parse({ ...body, now: '2026-03-02T13:00:00.5+01:00' });
    expect(zurich.now).toEqual(new Date('2026-03-02T12:00:00.500Z'));
    expect(sendRequestSchema.safeParse({ ...body, now: '2026-03-02T12:00:00' }).success).toBe(
      false,
    );
  });

  it('sendRequestSchema refuses malformed bodies with paths', () => {
    const bad = sendRequestSchema.safeParse({
      offer: 'nope',
      now: 'yesterday',
      history: [{ at: 1, recipients: -1 }],
      message: { recipients: 1, to: [] },
      sizeBytes: 1.5,
    });
    expect(bad.success).toBe(false);
    const paths = bad.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(
      expect.arrayContaining(['offer', 'now', 'history.0.recipients', 'message', 'sizeBytes']),
    );
    expect(
      sendRequestSchema.safeParse({
        offer: { dailySendLimit: 5000, maxRecipientsPerMessage: 100, maxMessageBytes: 1 },
        now: 0,
        history: [],
        message: { recipients: 1 },
      }).success,
    ).toBe(true);
    expect(
      sendRequestSchema.safeParse({
        offer: 'ksuite-free',
        now: 0,
        history: Array(100_001).fill({ at: 0, recipients: 1 }),
        message: { recipients: 1 },
      }).success,
    ).toBe(false);
  });

  it('sendRequestSchema accepts only instants decideSend can answer for', () => {
    // Epoch milliseconds as far as a Date reaches, and a send at least 24 hours before its end
    // (its window ends 24 hours after it): one past either was accepted, and decideSend threw.
    const body = (now: unknown, at: unknown) => ({
      offer: 'ksuite-free',
      now,
      history: [{ at, recipients: 1 }],
      message: { recipients: 1 },
    });
    const day = 86_400_000;
    for (const [now, at] of [
      [8.64e15, 8.64e15 - day],
      [-8.64e15, -8.64e15],
    ]) {
      const input = sendRequestSchema.parse(body(now, at));
      expect(decideSend(input)).toMatchObject({ allowed: true });
    }
    for (const [now, at, path] of [
      [8.64e15 + 1, 0, 'now'],
      [-8.64e15 - 1, 0, 'now'],
      [0, 8.64e15 - day + 1, 'history.0.at'],
      [0, -8.64e15 - 1, 'history.0.at'],
    ] as const) {
      const refused = sendRequestSchema.safeParse(body(now, at));
      expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual([path]);
    }
  });

  it('sendRequestSchema names what it expected where a choice failed', () => {
    const refused = sendRequestSchema.safeParse({
      offer: 'nope',
      now: 'yesterday',
      history: [],
      message: { recipients: 1, to: [] },
    });
    expect(refused.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['offer', 'Expected an offer id (such as ksuite-free) or a SendPolicy'],
      ['now', 'Expected an ISO 8601 date-time with an offset, or epoch milliseconds'],
      ['message', 'Expected { recipients } or any of { to, cc, bcc }'],
    ]);
  });

  it('sendRequestSchema: every body it accepts is one decideSend answers', () => {
    expectDecidableWhenAccepted(sendRequestSchema);
  });

  it('infer string outputs for the address schemas', () => {
    expectTypeOf<z.output<typeof localPartSchema>>().toEqualTypeOf<string>();
    expectTypeOf<z.input<typeof providerAddressSchema>>().toEqualTypeOf<string>();
  });
});
