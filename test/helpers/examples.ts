import { CONVERTED } from '../../src/address/domain.js';
import {
  type AddressIssue,
  canRecover,
  checkClientSettings,
  checkStudentEligibility,
  type Finding,
  type FindingCode,
  type Issue,
  type IssueCode,
  type RecoveryIssue,
  type RecoveryIssueCode,
  type StudentIssue,
  type StudentIssueCode,
  validateAddress,
  validateLocalPart,
} from '../../src/index.js';
import { TypedHostUrl } from './urls.js';

const NEWSLETTER = { code: 'use-newsletter-tool', rule: 'R-SEND-5' } as const;

/** The issue with `code` that the library itself reports for `input`. */
function reported<C extends IssueCode>(
  code: C,
  issues: readonly AddressIssue[],
): Extract<Issue, { code: C }> {
  const issue = issues.find((candidate) => candidate.code === code);
  if (issue === undefined) throw new Error(`no ${code} in ${JSON.stringify(issues)}`);
  return issue as Extract<Issue, { code: C }>;
}
const local = <C extends IssueCode>(code: C, input: unknown) => {
  const result = validateLocalPart(input);
  return reported(code, result.ok ? [] : result.issues);
};
const address = <C extends IssueCode>(
  code: C,
  input: string,
  mode: 'provider' | 'rfc' = 'provider',
) => {
  const result = validateAddress(input, { mode });
  return reported(code, result.ok ? [] : result.issues);
};

/** The input behind each address example, for the docs. */
export const EXAMPLE_INPUTS: Partial<Record<IssueCode, string>> = {};
/** Where an example's answer holds only on some platforms, for the docs. */
export const EXAMPLE_PLATFORMS: Partial<Record<IssueCode, string>> = {
  'domain-idn-unchecked': 'where the URL parser has no IDNA (React Native, Expo)',
};
const from = <C extends IssueCode>(code: C, input: string, issue: Extract<Issue, { code: C }>) => {
  EXAMPLE_INPUTS[code] = input;
  return issue;
};

/** One finding of every code, from checkClientSettings itself. */
function findings() {
  const server = { host: 'mail.infomaniak.com', username: 'jean@exemple.ch' };
  const all = [
    checkClientSettings('x'),
    checkClientSettings({ email: 'jean@exemple.ch' }),
    checkClientSettings({
      email: 'jean@exemple.ch',
      incoming: [
        {
          ...server,
          protocol: 'imap',
          host: 'imap.example.ch',
          port: 993,
          security: 'none',
          authentication: false,
        },
        {
          ...server,
          protocol: 'pop3',
          port: 110,
          security: 'starttls',
          keepCopyOnServer: true,
          username: 'jean',
        },
        { ...server, protocol: 'imap', port: 993, security: 'starttls' },
        { ...server, protocol: 'imap', port: 1234 },
        { ...server, protocol: 'imap', port: 993, security: 'quantum' },
        { ...server, protocol: 'imap', port: 993, security: 'tls', authentication: 'NTLM' },
      ],
      outgoing: { ...server, port: 25 },
    }),
  ].flatMap((result) => result.findings);
  const pick = <C extends FindingCode>(code: C) => {
    const finding = all.find((candidate) => candidate.code === code);
    if (finding === undefined) throw new Error(`no ${code}`);
    return finding as Extract<Finding, { code: C }>;
  };
  return {
    'not-an-object': pick('not-an-object'),
    'missing-server': pick('missing-server'),
    'wrong-host': pick('wrong-host'),
    'unknown-port': pick('unknown-port'),
    'smtp-port-25': pick('smtp-port-25'),
    'encryption-off': pick('encryption-off'),
    'unknown-security': pick('unknown-security'),
    'security-port-mismatch': pick('security-port-mismatch'),
    'legacy-port': pick('legacy-port'),
    'username-not-full-address': pick('username-not-full-address'),
    'authentication-off': pick('authentication-off'),
    'authentication-method': pick('authentication-method'),
    'pop3-and-imap': pick('pop3-and-imap'),
    'pop3-keep-copy': pick('pop3-keep-copy'),
    'pop3-instead-of-imap': pick('pop3-instead-of-imap'),
  };
}

/** One refusal of every recovery code, from canRecover itself. */
function recoveries() {
  const day = (text: string) => new Date(`2026-03-${text}Z`);
  const recover = (
    offer: 'ksuite-standard' | 'my-ksuite',
    goneAt: Date | null,
    now: Date,
    protocol: 'imap' | 'pop3' = 'imap',
  ) => {
    const result = canRecover({ offer, receivedAt: day('02T07:00:00'), goneAt, now, protocol });
    if (result.recoverable) throw new Error('recoverable');
    return result.issue;
  };
  const pick = <C extends RecoveryIssueCode>(code: C, issue: RecoveryIssue) => {
    if (issue.code !== code) throw new Error(`${issue.code} is not ${code}`);
    return issue as Extract<RecoveryIssue, { code: C }>;
  };
  return {
    'not-gone': pick('not-gone', recover('ksuite-standard', null, day('02T09:00:00'))),
    'no-backups': pick('no-backups', recover('my-ksuite', day('02T08:00:00'), day('02T09:00:00'))),
    'never-in-a-backup': pick(
      'never-in-a-backup',
      recover('ksuite-standard', day('02T08:00:00'), day('02T09:00:00')),
    ),
    'pop3-deleted-before-backup': pick(
      'pop3-deleted-before-backup',
      recover('ksuite-standard', day('02T08:00:00'), day('02T09:00:00'), 'pop3'),
    ),
    'backups-expired': pick(
      'backups-expired',
      recover('ksuite-standard', day('05T08:00:00'), new Date('2026-05-01T00:00:00Z')),
    ),
  };
}

/** One refusal of every student code, from checkStudentEligibility itself. */
function students() {
  const result = checkStudentEligibility({
    country: 'us',
    age: 16,
    newOrder: false,
    documents: ['identity-card'],
    studentCardValidUntil: new Date('2026-01-31T00:00:00Z'),
    now: new Date('2026-03-02T00:00:00Z'),
  });
  if (result.ok) throw new Error('eligible');
  const pick = <C extends StudentIssueCode>(code: C) =>
    result.issues.find((issue) => issue.code === code) as Extract<StudentIssue, { code: C }>;
  return {
    'country-not-eligible': pick('country-not-eligible'),
    'under-age': pick('under-age'),
    'not-a-new-order': pick('not-a-new-order'),
    'missing-documents': pick('missing-documents'),
    'programme-ended': pick('programme-ended'),
  };
}

/**
 * The issue `jean@bücher.de` gets where the URL parser has no IDNA (one that gives the host back
 * as typed, as Expo's polyfill does: {@link TypedHostUrl}), with the memo of conversions left as
 * it was.
 */
function withoutIdna() {
  const platform = globalThis.URL;
  const remembered = new Map(CONVERTED);
  globalThis.URL = TypedHostUrl as unknown as typeof URL;
  try {
    return address('domain-idn-unchecked', 'jean@bücher.de');
  } finally {
    globalThis.URL = platform;
    CONVERTED.clear();
    for (const [domain, known] of remembered) CONVERTED.set(domain, known);
  }
}

const LONG_DOMAIN = `${`${'a'.repeat(50)}.`.repeat(5)}ch`;
const LONG_ADDRESS = `${'a'.repeat(64)}@${`${'b'.repeat(63)}.`.repeat(3)}ch`;

/** One example of every issue code, as the library reports it: the docs show the same. */
export const EXAMPLES: { readonly [C in IssueCode]: Extract<Issue, { code: C }> } = {
  'no-recipients': { code: 'no-recipients', rule: 'R-SEND-2' },
  'too-many-recipients': {
    code: 'too-many-recipients',
    rule: 'R-RCPT-1',
    limit: 100,
    actual: 150,
    suggestion: NEWSLETTER,
  },
  'message-too-large': {
    code: 'message-too-large',
    rule: 'R-SIZE-1',
    limit: 210_763_776,
    actual: 262_144_000,
  },
  'daily-limit-reached': {
    code: 'daily-limit-reached',
    rule: 'R-SEND-1',
    limit: 500,
    used: 492,
    weight: 20,
    retryAt: new Date('2026-03-02T15:00:00Z'),
    suggestion: NEWSLETTER,
  },
  'storage-full': {
    code: 'storage-full',
    rule: 'R-STOR-1',
    limit: 21_474_836_480,
    used: 21_474_000_000,
    incoming: 5_242_880,
  },
  'address-limit-reached': {
    code: 'address-limit-reached',
    rule: 'R-ADDR-COUNT',
    limit: 1,
    actual: 1,
  },
  'not-a-string': local('not-a-string', 42),
  empty: from('empty', '', local('empty', '')),
  'too-long': from('too-long', 'a'.repeat(70), local('too-long', 'a'.repeat(70))),
  'at-sign': from('at-sign', 'jean@dupont', local('at-sign', 'jean@dupont')),
  whitespace: from('whitespace', 'jean dupont', local('whitespace', 'jean dupont')),
  'non-ascii': from('non-ascii', 'josé', local('non-ascii', 'josé')),
  'control-character': from(
    'control-character',
    'jean\u0007',
    local('control-character', 'jean\u0007'),
  ),
  'forbidden-character': from(
    'forbidden-character',
    'jean#dupont',
    local('forbidden-character', 'jean#dupont'),
  ),
  'leading-hyphen': from('leading-hyphen', '-jean', local('leading-hyphen', '-jean')),
  'trailing-hyphen': from('trailing-hyphen', 'jean-', local('trailing-hyphen', 'jean-')),
  'leading-dot': from('leading-dot', '.jean', local('leading-dot', '.jean')),
  'trailing-dot': from('trailing-dot', 'jean.', local('trailing-dot', 'jean.')),
  'consecutive-dots': from(
    'consecutive-dots',
    'jean..dupont',
    local('consecutive-dots', 'jean..dupont'),
  ),
  'missing-at-sign': from(
    'missing-at-sign',
    'jean.dupont.example.ch',
    address('missing-at-sign', 'jean.dupont.example.ch'),
  ),
  'address-too-long': from(
    'address-too-long',
    LONG_ADDRESS,
    address('address-too-long', LONG_ADDRESS),
  ),
  'address-literal': from(
    'address-literal',
    'jean@[192.0.2.1]',
    address('address-literal', 'jean@[192.0.2.1]'),
  ),
  'invalid-address-literal': from(
    'invalid-address-literal',
    'jean@[300.1.1.1]',
    address('invalid-address-literal', 'jean@[300.1.1.1]', 'rfc'),
  ),
  'local-part-syntax': from(
    'local-part-syntax',
    'jean..dupont@example.ch',
    address('local-part-syntax', 'jean..dupont@example.ch', 'rfc'),
  ),
  'local-part-too-long': from(
    'local-part-too-long',
    `${'a'.repeat(65)}@example.ch`,
    address('local-part-too-long', `${'a'.repeat(65)}@example.ch`, 'rfc'),
  ),
  'domain-empty': from('domain-empty', 'jean@', address('domain-empty', 'jean@')),
  'domain-too-long': from(
    'domain-too-long',
    `jean@${LONG_DOMAIN}`,
    address('domain-too-long', `jean@${LONG_DOMAIN}`),
  ),
  'domain-label-empty': from(
    'domain-label-empty',
    'jean@example..ch',
    address('domain-label-empty', 'jean@example..ch'),
  ),
  'domain-label-too-long': from(
    'domain-label-too-long',
    `jean@${'a'.repeat(64)}.ch`,
    address('domain-label-too-long', `jean@${'a'.repeat(64)}.ch`),
  ),
  'domain-label-hyphen': from(
    'domain-label-hyphen',
    'jean@-example.ch',
    address('domain-label-hyphen', 'jean@-example.ch'),
  ),
  'domain-invalid-character': from(
    'domain-invalid-character',
    'jean@exa_mple.ch',
    address('domain-invalid-character', 'jean@exa_mple.ch'),
  ),
  'domain-single-label': from(
    'domain-single-label',
    'jean@localhost',
    address('domain-single-label', 'jean@localhost'),
  ),
  'domain-numeric-tld': from(
    'domain-numeric-tld',
    'jean@example.123',
    address('domain-numeric-tld', 'jean@example.123'),
  ),
  ...findings(),
  ...recoveries(),
  ...students(),
  'domain-invalid-idn': from(
    'domain-invalid-idn',
    'jean@a\u200db.ch',
    address('domain-invalid-idn', 'jean@a\u200db.ch'),
  ),
  'domain-idn-unchecked': from('domain-idn-unchecked', 'jean@bücher.de', withoutIdna()),
};
