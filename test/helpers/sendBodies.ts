import fc from 'fast-check';
import { expect } from 'vitest';
import { PolicyInputError } from '../../src/_lib/errors.js';
import { type DecideSendInput, decideSend } from '../../src/sending/decideSend.js';
import { runs } from './soak.js';

/** The last instant a `Date` holds, in epoch milliseconds, and 24 hours. */
const END = 8.64e15;
const DAY = 86_400_000;

/** Numbers where a count or an instant stops being one: the ends of a Date's range, 24 h before. */
const number = fc.oneof(
  fc.integer({ min: -1, max: 120 }),
  fc.constantFrom(END, END + 1, -END, -END - 1, END - DAY, END - DAY + 1, 2 ** 53 - 1, 0.5, -0),
);

/** Date-times with an offset, as zod's check may read them: offsets out of range among them. */
const dateTime = fc.constantFrom(
  '2026-03-02T12:00:00Z',
  '2026-03-02T12:00:00.123456789+14:00',
  '9999-12-31T23:59:59.999Z',
  '0000-01-01T00:00:00Z',
  '2026-03-02T12:00:00+99:99', // accepted by zod 4.0.0's pattern, an Invalid Date
  '2026-03-02T12:00:00+23:59',
  '2026-02-30T00:00:00Z',
);

const addressObject = fc.constantFrom(
  { name: 'Jean', address: 'jean@exemple.ch' },
  { address: 'a@b.ch, c@d.ch' },
  { name: 'none' },
  { address: 7 },
);
const recipients = fc.oneof(
  number,
  addressObject,
  fc.constantFrom('a@b.ch', '', '"Dupont, Jean" <jean@exemple.ch>, anna@exemple.ch'),
  fc.array(fc.oneof(fc.constantFrom('a@b.ch', 'x', 'a@b.ch; c@d.ch'), addressObject), {
    maxLength: 3,
  }),
);

/** JSON bodies for `sendRequestSchema`, most of them near an edge of what it accepts. */
export const sendBodies = fc.record(
  {
    offer: fc.oneof(
      fc.constantFrom('ksuite-free', 'mail-premium', 'nope'),
      fc.record({
        dailySendLimit: number,
        maxRecipientsPerMessage: number,
        maxMessageBytes: number,
      }),
    ),
    now: fc.oneof(number, dateTime),
    history: fc.array(fc.record({ at: fc.oneof(number, dateTime), recipients: number }), {
      maxLength: 4,
    }),
    message: fc.oneof(
      fc.record({ recipients: number }),
      fc.record({ to: recipients, cc: recipients, bcc: recipients }, { requiredKeys: [] }),
    ),
    sizeBytes: number,
  },
  { requiredKeys: ['offer', 'now', 'history', 'message'] },
);

/**
 * Every body `schema` accepts is one `decideSend` answers: its output can be passed on as the
 * TSDoc says, and no `PolicyInputError` reaches a back end that checked its input first.
 */
export function expectDecidableWhenAccepted(schema: {
  safeParse(body: unknown): { success: boolean; data?: unknown };
}): void {
  let accepted = 0;
  fc.assert(
    fc.property(sendBodies, (body) => {
      const result = schema.safeParse(body);
      if (!result.success) return;
      accepted++;
      try {
        decideSend(result.data as DecideSendInput);
      } catch (error) {
        expect.unreachable(
          `${error instanceof PolicyInputError ? error.message : String(error)} for ${JSON.stringify(body)}`,
        );
      }
    }),
    { numRuns: runs(2000) },
  );
  expect(accepted).toBeGreaterThan(0); // the bodies reach decideSend, not only the refusals
}
