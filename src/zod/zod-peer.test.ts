import { describe, expect, it, vi } from 'vitest';
import * as z from 'zod';
import { expectDecidableWhenAccepted } from '../../test/helpers/sendBodies.js';
import { issueTriples } from '../../test/helpers/zodIssues.js';
import { decideSend } from '../index.js';
import { formatAddressIssue } from '../locales/de.js';
import {
  createLocalPartSchema,
  emailAddressSchema,
  localPartSchema,
  localPartSchemaFor,
  offerIdSchema,
  providerAddressSchema,
  sendRequestSchema,
} from './index.js';

// The peer range is zod ^4.0.0; zod.test.ts runs on the newest zod, this file on the oldest
// of the range, installed as `zod-v4-0`: every import of 'zod' here, the schemas' own
// included, gets it (vitest hoists the mock above the imports).
vi.mock('zod', async () => await import('zod-v4-0'));

describe('the zod subpath on zod 4.0.0, the oldest of its peer range', () => {
  it('runs on zod 4.0.0', () => {
    expect(z.core.version).toEqual({ major: 4, minor: 0, patch: 0 });
    // The schemas' own import of 'zod' too: zod stamps each schema with its version.
    for (const schema of [localPartSchema, providerAddressSchema, sendRequestSchema])
      expect(schema._zod.version).toEqual(z.core.version);
  });

  it('gives our codes as params, in the chosen language', () => {
    const result = localPartSchema.safeParse('-jean..dupont');
    expect(issueTriples(result)).toEqual([
      ['custom', 'leading-hyphen', 'The name cannot start with a hyphen (-).'],
      ['custom', 'consecutive-dots', 'Two dots (..) in a row are not allowed.'],
    ]);
    expect(
      createLocalPartSchema({ locale: 'fr' }).safeParse('a..b').error?.issues[0],
    ).toMatchObject({
      message: 'Deux points (..) de suite ne sont pas autorisés.',
    });
    expect(localPartSchemaFor(formatAddressIssue).safeParse('.a').error?.issues[0]).toMatchObject({
      message: 'Der Name darf nicht mit einem Punkt (.) beginnen.',
    });
  });

  it('checks addresses in both modes, with paths inside an object', () => {
    expect(providerAddressSchema.parse('jean.dupont@exemple.ch')).toBe('jean.dupont@exemple.ch');
    expect(emailAddressSchema.parse('-@example.com')).toBe('-@example.com');
    const form = z.object({ email: providerAddressSchema }).safeParse({ email: '-@example.com' });
    const codes = form.error?.issues.map((issue) => [
      issue.path,
      (issue as { params?: { code: string } }).params?.code,
    ]);
    expect(codes).toEqual([
      [['email'], 'leading-hyphen'],
      [['email'], 'trailing-hyphen'],
    ]);
  });

  it('reads a send request for decideSend, and refuses a bad one with paths', () => {
    const input = sendRequestSchema.parse({
      offer: 'ksuite-free',
      now: '2026-03-02T12:00:00Z',
      history: [{ at: '2026-03-02T08:00:00Z', recipients: 495 }],
      message: { to: ['a@example.ch'], bcc: 9 },
    });
    expect(decideSend(input)).toMatchObject({ allowed: false, weight: 10, used: 495 });
    const bad = sendRequestSchema.safeParse({ offer: 'nope', now: 'yesterday', message: {} });
    expect(bad.error?.issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining(['offer', 'now']),
    );
    expect(offerIdSchema.safeParse('__proto__').success).toBe(false);
  });

  it('refuses a date-time that is no Date, which zod 4.0.0 lets through', () => {
    // zod 4.0.0's pattern takes any two digits for an offset's hours and minutes.
    expect(z.iso.datetime({ offset: true }).safeParse('2026-03-02T12:00:00+99:99').success).toBe(
      true,
    );
    const refused = sendRequestSchema.safeParse({
      offer: 'ksuite-free',
      now: '2026-03-02T12:00:00+99:99',
      history: [],
      message: { recipients: 1 },
    });
    expect(refused.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['now']);
  });

  it('accepts only send requests decideSend answers', () => {
    expectDecidableWhenAccepted(sendRequestSchema);
  });

  it('is a Standard Schema', async () => {
    expect(localPartSchema['~standard'].vendor).toBe('zod');
    const refused = await providerAddressSchema['~standard'].validate('jean dupont@example.ch');
    expect(refused.issues?.[0]?.message).toBe('Spaces are not allowed in an address.');
  });
});
