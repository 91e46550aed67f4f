// Address benchmarks: one seeded corpus of 10,000 mixed addresses, every validator in one run.
import emailValidator from 'email-validator';
import * as v from 'valibot';
import isEmail from 'validator/lib/isEmail.js';
import * as z from 'zod';
import {
  isValidAddress,
  isValidLocalPart,
  suggestLocalPart,
  validateAddress,
  validateLocalPart,
} from '../dist/esm/index.js';

/** A seeded generator (mulberry32): the same corpus on every machine. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'jean',
  'marie',
  'luca',
  'sofia',
  'noah',
  'anna',
  'peter',
  'chloe',
  'info',
  'contact',
  'no-reply',
];
const DOMAINS = [
  'example.ch',
  'exemple.fr',
  'beispiel.de',
  'esempio.it',
  'ik.me',
  'mail.example.co.uk',
  'etik.com',
  'ikmail.com',
];
/** Internationalised domains, about 2% of the corpus. */
const IDN_DOMAINS = ['bücher.de', 'xn--bcher-kva.de', 'zürich.ch'];
const BROKEN = [
  (n) => `${n}..${n}`,
  (n) => `.${n}`,
  (n) => `${n}-`,
  (n) => `${n} ${n}`,
  (n) => `${n}+news`,
  (n) => `${n}é`,
  (n) => `"${n} x"`,
  (n) => `${n}#1`,
  (n) => `-${n}`,
  (n) => `${n}'s`,
];

/** 10,000 addresses: about 60% creatable, the rest broken in the ways people break them. */
export function corpus(size = 10_000, seed = 2026) {
  const r = random(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const domain = () => (r() < 0.02 ? pick(IDN_DOMAINS) : pick(DOMAINS));
  const out = [];
  for (let i = 0; i < size; i++) {
    const name = `${pick(NAMES)}${r() < 0.3 ? `.${pick(NAMES)}` : ''}${r() < 0.2 ? Math.floor(r() * 100) : ''}`;
    const roll = r();
    if (roll < 0.6) out.push(`${name}@${domain()}`);
    else if (roll < 0.9) out.push(`${pick(BROKEN)(name)}@${domain()}`);
    else if (roll < 0.94)
      out.push(
        `${name}@${pick(['localhost', 'example..ch', '-x.ch', 'ex_ample.ch', 'example.123'])}`,
      );
    else if (roll < 0.97) out.push(`${name}${domain()}`);
    else out.push(`${'x'.repeat(60 + Math.floor(r() * 10))}@${domain()}`);
  }
  return out;
}

/**
 * The reference: a hand-written single pass over the provider's rules, as a developer would
 * write it without the library (ASCII domains only).
 */
function handLoop(text) {
  const at = text.lastIndexOf('@');
  if (at < 1 || at > 64 || text.length > 254) return false;
  let previous = 46;
  for (let i = 0; i < at; i++) {
    const c = text.charCodeAt(i);
    const word = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
    if (c === 46) {
      if (previous === 46) return false;
    } else if (!word && c !== 45) return false;
    previous = c;
  }
  if (text.charCodeAt(0) === 45 || previous === 45 || previous === 46) return false;
  let labelLength = 0;
  let labels = 0;
  let labelStart = at + 1;
  let digits = true;
  for (let i = at + 1; i <= text.length; i++) {
    const c = i === text.length ? 46 : text.charCodeAt(i);
    if (c === 46) {
      if (labelLength === 0 || labelLength > 63) return false;
      if (text.charCodeAt(labelStart) === 45 || text.charCodeAt(i - 1) === 45) return false;
      labels++;
      if (i < text.length) digits = true;
      labelLength = 0;
      labelStart = i + 1;
    } else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45) {
      labelLength++;
      if (c < 48 || c > 57) digits = false;
    } else return false;
  }
  return labels >= 2 && !digits;
}

const valibotEmail = v.pipe(v.string(), v.email());
const zodEmail = z.email();

export function addressTasks() {
  const addresses = corpus();
  const run = (check) => () => {
    let accepted = 0;
    for (const address of addresses) if (check(address)) accepted++;
    return accepted;
  };
  const competitors = [
    ['isValidAddress (provider)', 'ours', (a) => isValidAddress(a)],
    ['isValidAddress (rfc)', 'ours-rfc', (a) => isValidAddress(a, { mode: 'rfc' })],
    ['validateAddress (provider, with issues)', 'ours-validate', (a) => validateAddress(a).ok],
    ['hand-written single-pass loop', 'hand', handLoop],
    ['valibot email(), v.is', 'valibot', (a) => v.is(valibotEmail, a)],
    [
      'valibot email(), v.safeParse (with its issues)',
      'valibot-parse',
      (a) => v.safeParse(valibotEmail, a).success,
    ],
    ['zod z.email()', 'zod', (a) => zodEmail.safeParse(a).success],
    ['email-validator', 'email-validator', (a) => emailValidator.validate(a)],
    ['validator.js isEmail', 'validator', (a) => isEmail(a)],
  ];
  const agreement = competitors.map(([name, key, check]) => {
    let accepted = 0;
    let acceptsRefused = 0;
    for (const address of addresses) {
      const ok = check(address);
      if (ok) accepted++;
      if (ok && !isValidAddress(address)) acceptsRefused++;
    }
    return { name, key, accepted, acceptsRefused };
  });
  const tasks = competitors.map(([name, key, check]) => ({
    group: 'addresses (10,000 per iteration)',
    name,
    key,
    perIteration: addresses.length,
    fn: run(check),
  }));
  // Where validateAddress spends its time: the accepted addresses (the boolean pass, then the
  // parts of the result) and the refused ones (every issue, and rfcValid), against valibot.
  const accepted = addresses.filter((address) => isValidAddress(address));
  const refused = addresses.filter((address) => !isValidAddress(address));
  for (const [subset, list] of [
    ['accepted', accepted],
    ['refused', refused],
  ]) {
    const each = (check) => () => {
      let count = 0;
      for (const address of list) if (check(address)) count++;
      return count;
    };
    const group = `the corpus's ${list.length.toLocaleString('en')} ${subset} addresses`;
    for (const [name, key, check] of [
      ['isValidAddress (provider)', `ours-${subset}`, (a) => isValidAddress(a)],
      [
        'validateAddress (provider, with issues)',
        `ours-validate-${subset}`,
        (a) => validateAddress(a).ok,
      ],
      [
        'valibot email(), v.safeParse',
        `valibot-parse-${subset}`,
        (a) => v.safeParse(valibotEmail, a).success,
      ],
    ]) {
      // tinybench names tasks uniquely: the subset goes in the name too.
      tasks.push({
        group,
        name: `${name}, ${subset}`,
        key,
        perIteration: list.length,
        fn: each(check),
      });
    }
  }
  // A megabyte of adversarial input, to show the time grows linearly with the length: dots,
  // spaces, and (for suggestLocalPart) letters with accents, each normalised, then mapped.
  const adversarial = [
    ['local', 'validateLocalPart', 'a.', validateLocalPart, ''],
    ['address', 'validateAddress', 'a ', validateAddress, '@example.ch'],
    ['suggest', 'suggestLocalPart', 'ü.', suggestLocalPart, ''],
  ];
  for (const size of [100_000, 1_000_000]) {
    for (const [key, name, pattern, check, end] of adversarial) {
      const input = pattern.repeat(size / 2) + end;
      tasks.push({
        group: 'adversarial input',
        name: `${name}, ${size.toLocaleString('en')} characters of "${pattern}"`,
        key: `adversarial-${key}-${size}`,
        perIteration: 1,
        fn: () => check(input),
      });
    }
  }
  tasks.push({
    group: 'local part',
    name: 'isValidLocalPart on the corpus’s local parts',
    key: 'local-fast',
    perIteration: addresses.length,
    fn: (() => {
      const locals = addresses.map((a) => a.slice(0, Math.max(0, a.lastIndexOf('@'))));
      return () => {
        for (const local of locals) isValidLocalPart(local);
      };
    })(),
  });
  return { tasks, agreement };
}

export function addressSummary(results) {
  const ns = (key) => results.get(key);
  return [
    ['hand loop / isValidAddress (goal ≥ 1)', ns('hand') / ns('ours')],
    ['valibot / isValidAddress (goal ≥ 1.1)', ns('valibot') / ns('ours')],
    ['valibot / validateAddress (goal ≥ 1)', ns('valibot') / ns('ours-validate')],
    ['valibot safeParse / validateAddress', ns('valibot-parse') / ns('ours-validate')],
    ['validator.js / validateAddress (goal ≥ 20)', ns('validator') / ns('ours-validate')],
    [
      'valibot safeParse / validateAddress, accepted addresses',
      ns('valibot-parse-accepted') / ns('ours-validate-accepted'),
    ],
    [
      'valibot safeParse / validateAddress, refused addresses',
      ns('valibot-parse-refused') / ns('ours-validate-refused'),
    ],
    ['zod / isValidAddress', ns('zod') / ns('ours')],
    ['email-validator / isValidAddress', ns('email-validator') / ns('ours')],
    [
      '1,000,000 / 100,000 characters, validateLocalPart (linear: ≈ 10)',
      ns('adversarial-local-1000000') / ns('adversarial-local-100000'),
    ],
    [
      '1,000,000 / 100,000 characters, validateAddress (linear: ≈ 10)',
      ns('adversarial-address-1000000') / ns('adversarial-address-100000'),
    ],
    [
      '1,000,000 / 100,000 characters, suggestLocalPart (linear: ≈ 10)',
      ns('adversarial-suggest-1000000') / ns('adversarial-suggest-100000'),
    ],
  ];
}
