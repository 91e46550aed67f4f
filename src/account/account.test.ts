import { describe, expect, it } from 'vitest';
import { formatIssue } from '../i18n/formatIssue.js';
import {
  checkStudentEligibility,
  invitationExpiresAt,
  STUDENT_COUNTRIES,
  type StudentIssue,
  supportAccessExpiresAt,
} from './account.js';

const NOW = new Date('2026-09-01T00:00:00Z');
const PROOFS = ['student-card', 'identity-card', 'student-email'] as const;
const ok = { country: 'CH', age: 20, newOrder: true, documents: PROOFS, now: NOW };

describe('account time limits (R-INV-1, R-SUP-1)', () => {
  it('an invitation is valid 30 × 24 h, support access 7 × 24 h', () => {
    expect(invitationExpiresAt(new Date('2026-03-01T09:00:00Z'))).toEqual(
      new Date('2026-03-31T09:00:00Z'),
    );
    // Across the change to summer time: absolute hours, not wall-clock days.
    expect(supportAccessExpiresAt(new Date('2026-03-26T09:00:00Z'))).toEqual(
      new Date('2026-04-02T09:00:00Z'),
    );
    expect(() => invitationExpiresAt(Number.NaN)).toThrow(/^sentAt: /);
    expect(() => supportAccessExpiresAt('today' as never)).toThrow(/^grantedAt: /);
  });

  it('end within the range a Date holds, or the instant is refused (never an Invalid Date)', () => {
    const end = 8.64e15;
    const day = 86_400_000;
    expect(invitationExpiresAt(end - 30 * day)).toEqual(new Date(end));
    expect(supportAccessExpiresAt(end - 7 * day)).toEqual(new Date(end));
    expect(() => invitationExpiresAt(end - 30 * day + 1)).toThrow(
      'sentAt: expected an instant at least 30 days before the end of the Date range (+275760-09-13T00:00:00.000Z); received 8639997408000001',
    );
    expect(() => supportAccessExpiresAt(new Date(end))).toThrow(
      'grantedAt: expected an instant at least 7 days before the end of the Date range (+275760-09-13T00:00:00.000Z); received Date(+275760-09-13T00:00:00.000Z)',
    );
  });
});

describe('checkStudentEligibility (R-STU-1)', () => {
  it('accepts a student of a programme country with the three proofs, until the card ends', () => {
    expect(STUDENT_COUNTRIES).toEqual(['CH', 'FR', 'BE', 'DE', 'IT', 'AT', 'ES', 'CA']);
    expect(
      checkStudentEligibility({
        ...ok,
        country: ' fr ',
        studentCardValidUntil: new Date('2028-08-31T00:00:00Z'),
      }),
    ).toEqual({
      ok: true,
      endsAt: new Date('2028-08-31T00:00:00Z'),
    });
    expect(
      checkStudentEligibility({
        ...ok,
        documents: ['school-certificate', 'identity-card', 'student-email'],
      }).ok,
    ).toBe(true);
  });

  it('stops after 4 years in total, whatever the card says', () => {
    const startedAt = new Date('2024-02-29T10:00:00Z');
    expect(
      checkStudentEligibility({
        ...ok,
        startedAt,
        studentCardValidUntil: new Date('2030-01-01T00:00:00Z'),
      }),
    ).toEqual({
      ok: true,
      endsAt: new Date('2028-02-29T10:00:00Z'),
    });
    expect(checkStudentEligibility({ ...ok, startedAt: new Date('2022-09-01T00:00:00Z') })).toEqual(
      {
        ok: false,
        issues: [
          { code: 'programme-ended', rule: 'R-STU-1', endedAt: new Date('2026-09-01T00:00:00Z') },
        ],
      },
    );
  });

  it('lists every reason that applies', () => {
    expect(
      checkStudentEligibility({
        country: 'US',
        age: 16,
        newOrder: false,
        documents: ['identity-card'],
        now: NOW,
        studentCardValidUntil: new Date('2026-06-30T00:00:00Z'),
      }),
    ).toEqual({
      ok: false,
      issues: [
        { code: 'country-not-eligible', rule: 'R-STU-1', country: 'US' },
        { code: 'under-age', rule: 'R-STU-1', age: 16, limit: 18 },
        { code: 'not-a-new-order', rule: 'R-STU-1' },
        {
          code: 'missing-documents',
          rule: 'R-STU-1',
          missing: ['student-card-or-certificate', 'student-email'],
        },
        { code: 'programme-ended', rule: 'R-STU-1', endedAt: new Date('2026-06-30T00:00:00Z') },
      ],
    });
  });

  it('lets a minor in with parental consent; 18 needs none', () => {
    expect(checkStudentEligibility({ ...ok, age: 17, parentalConsent: true }).ok).toBe(true);
    expect(checkStudentEligibility({ ...ok, age: 18 }).ok).toBe(true);
    expect(checkStudentEligibility({ ...ok, age: 17 }).ok).toBe(false);
    expect(checkStudentEligibility({ ...ok, age: 0, parentalConsent: true }).ok).toBe(true);
  });

  it('asks for each proof on its own, and names a country that is not one', () => {
    expect(
      checkStudentEligibility({ ...ok, documents: ['student-card', 'student-email'] }),
    ).toEqual({
      ok: false,
      issues: [{ code: 'missing-documents', rule: 'R-STU-1', missing: ['identity-card'] }],
    });
    // The code as the programme spells it; none chosen in a form is refused, not thrown.
    expect(checkStudentEligibility({ ...ok, country: ' us ' })).toEqual({
      ok: false,
      issues: [{ code: 'country-not-eligible', rule: 'R-STU-1', country: 'US' }],
    });
    const none = checkStudentEligibility({ ...ok, country: '' });
    expect(none).toEqual({
      ok: false,
      issues: [{ code: 'country-not-eligible', rule: 'R-STU-1', country: '' }],
    });
    expect(
      formatIssue((none as { issues: readonly StudentIssue[] }).issues[0] as StudentIssue),
    ).toBe('The student programme is not open in this country.');
  });

  it('throws for programmer mistakes', () => {
    expect(() => checkStudentEligibility({ ...ok, age: -1 })).toThrow(/^age: /);
    expect(() => checkStudentEligibility({ ...ok, age: 19.5 })).toThrow(/^age: /);
    expect(() => checkStudentEligibility({ ...ok, documents: 'all' as never })).toThrow(
      /^documents: /,
    );
    expect(() => checkStudentEligibility({ ...ok, now: new Date('x') })).toThrow(/^now: /);
    expect(() => checkStudentEligibility({ ...ok, startedAt: 'x' as never })).toThrow(
      /^startedAt: /,
    );
    expect(() => checkStudentEligibility({ ...ok, studentCardValidUntil: 'x' as never })).toThrow(
      /^studentCardValidUntil: /,
    );
    expect(() => checkStudentEligibility(null as never)).toThrow(
      'application: expected an object; received null',
    );
    expect(() => checkStudentEligibility({ ...ok, country: undefined as never })).toThrow(
      'country: expected an ISO 3166-1 alpha-2 code such as "CH", or "" when none was chosen; received undefined',
    );
    // A name or an alpha-3 code would have been judged a country outside the programme.
    for (const country of ['Switzerland', 'Suisse', 'CHE', 'C H', 'C', 'ÇH', 'F1']) {
      expect(() => checkStudentEligibility({ ...ok, country }), country).toThrow(
        `country: expected an ISO 3166-1 alpha-2 code such as "CH", or "" when none was chosen; received ${JSON.stringify(country)}`,
      );
    }
    expect(checkStudentEligibility({ ...ok, country: '\tch\n' }).ok).toBe(true);
    expect(() => checkStudentEligibility({ ...ok, age: -1 })).toThrow(
      'age: expected a non-negative integer; received -1',
    );
    expect(() => checkStudentEligibility({ ...ok, documents: 'all' as never })).toThrow(
      'documents: expected an array of document kinds; received "all"',
    );
  });

  it('ends within the range a Date holds: a later start is refused, a card with no end is not', () => {
    // 4 calendar years before the last instant a Date holds (+275760-09-13T00:00Z).
    const last = Date.UTC(275756, 8, 13);
    expect(checkStudentEligibility({ ...ok, now: last })).toEqual({
      ok: true,
      endsAt: new Date(8.64e15),
    });
    expect(() => checkStudentEligibility({ ...ok, now: last + 1 })).toThrow(
      'now: expected an instant at least 4 years before the end of the Date range (+275760-09-13T00:00:00.000Z); received 8639873769600001',
    );
    expect(() => checkStudentEligibility({ ...ok, startedAt: new Date(8.64e15) })).toThrow(
      /^startedAt: expected an instant at least 4 years before the end of the Date range/,
    );
    // The last Date as a card that never ends: the 4 years decide.
    expect(checkStudentEligibility({ ...ok, studentCardValidUntil: new Date(8.64e15) })).toEqual({
      ok: true,
      endsAt: new Date('2030-09-01T00:00:00Z'),
    });
  });
});

describe('the 4 years of the programme', () => {
  it('are calendar years in UTC; 29 February lands on 28 February when the year is common', () => {
    const base = { country: 'CH', age: 20, newOrder: true, documents: PROOFS } as const;
    const leap = checkStudentEligibility({
      ...base,
      startedAt: new Date('2028-02-29T10:00:00Z'),
      now: new Date('2028-03-01T00:00:00Z'),
    });
    expect(leap).toEqual({ ok: true, endsAt: new Date('2032-02-29T10:00:00Z') });
    const common = checkStudentEligibility({
      ...base,
      startedAt: new Date('2024-02-29T10:00:00Z'),
      now: new Date('2025-03-01T00:00:00Z'),
    });
    expect(common).toEqual({ ok: true, endsAt: new Date('2028-02-29T10:00:00Z') });
    // 2100 is not a leap year: 29 February 2096 + 4 years is 28 February 2100.
    const toCommon = checkStudentEligibility({
      ...base,
      startedAt: new Date('2096-02-29T10:00:00Z'),
      now: new Date('2097-03-01T00:00:00Z'),
    });
    expect(toCommon).toEqual({ ok: true, endsAt: new Date('2100-02-28T10:00:00Z') });
  });
});
