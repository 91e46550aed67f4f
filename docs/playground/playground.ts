// The playground page: the library at work in a browser, no framework. Built into one file by
// `npm run playground` (esbuild, the bundler under tsup), which also serves it on localhost.
import {
  appleMobileconfig,
  autodiscoverXml,
  decideSend,
  formatIssue,
  getOffer,
  type Issue,
  isOfferId,
  isValidAddress,
  type Locale,
  matchLocale,
  OFFERS,
  type Offer,
  PolicyInputError,
  parseAddress,
  suggestLocalPart,
  thunderbirdAutoconfig,
  validateAddress,
  validateLocalPart,
  validateLocalPartPrefix,
} from 'infomaniak-mail-policy';
import { messageContext } from '../../src/i18n/context.js';
import { t, type UiKey } from './strings.js';

const HOUR_MS = 3_600_000;
const MIB = 1_048_576;
/** Dates in the reader's own time zone (the library's default is the provider's, Zurich). */
const READER_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

function element<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`#${id} is missing from the page`);
  return found as T;
}

const ui = {
  lang: element<HTMLSelectElement>('lang'),
  localPart: element<HTMLInputElement>('local-part'),
  domain: element<HTMLInputElement>('domain'),
  localPartMessages: element<HTMLDivElement>('local-part-messages'),
  suggestion: element<HTMLButtonElement>('suggestion'),
  offer: element<HTMLSelectElement>('offer'),
  offerLimits: element<HTMLTableElement>('offer-limits'),
  sendForm: element<HTMLFormElement>('send-form'),
  recipients: element<HTMLInputElement>('recipients'),
  size: element<HTMLInputElement>('size'),
  pastSends: element<HTMLDivElement>('past-sends'),
  addPast: element<HTMLButtonElement>('add-past'),
  decision: element<HTMLDivElement>('decision'),
  settingsEmail: element<HTMLInputElement>('settings-email'),
  settingsClient: element<HTMLSelectElement>('settings-client'),
  download: element<HTMLButtonElement>('download'),
  settingsMessages: element<HTMLDivElement>('settings-messages'),
};

let locale: Locale = 'en';
/** What the last decision and download showed, to render again in another language. */
let lastDecision: (() => void) | undefined;
let lastSettings: (() => void) | undefined;

/** Replaces the children of `target` with a paragraph and, if any, a list of issues. */
function show(
  target: HTMLElement,
  text: string,
  tone: 'ok' | 'bad' | '',
  issues: readonly Issue[] = [],
) {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  if (tone !== '') paragraph.className = tone;
  const children: HTMLElement[] = text === '' ? [] : [paragraph];
  if (issues.length > 0) {
    const list = document.createElement('ul');
    list.className = 'bad';
    for (const issue of issues) {
      const item = document.createElement('li');
      item.textContent = formatIssue(issue, locale, { timeZone: READER_ZONE });
      item.dataset.code = issue.code;
      list.append(item);
    }
    children.push(list);
  }
  target.replaceChildren(...children);
}

// --- Address: validated as you type (R-LP-1…7) -------------------------------------------

function renderAddress(): void {
  const value = ui.localPart.value;
  ui.suggestion.hidden = true;
  if (value === '') {
    ui.localPart.removeAttribute('aria-invalid');
    show(ui.localPartMessages, '', '');
    return;
  }
  // While typing, only what no further typing can fix is an error.
  const prefix = validateLocalPartPrefix(value);
  if (!prefix.ok) {
    ui.localPart.setAttribute('aria-invalid', 'true');
    show(ui.localPartMessages, '', 'bad', prefix.issues);
    const suggestion = suggestLocalPart(value);
    // A whole address pasted into the field: its domain, if sound, goes with the suggestion.
    const pasted = parseAddress(value);
    const domain =
      pasted !== null && suggestion !== null && isValidAddress(`${suggestion}@${pasted.domain}`)
        ? pasted.domain
        : '';
    if (suggestion !== null && suggestion !== value) {
      const shown = domain === '' ? suggestion : `${suggestion}@${domain}`;
      ui.suggestion.textContent = t(locale, 'useSuggestion', { suggestion: shown });
      ui.suggestion.dataset.value = suggestion;
      ui.suggestion.dataset.domain = domain;
      ui.suggestion.hidden = false;
    }
    return;
  }
  if (!validateLocalPart(value).ok) {
    ui.localPart.removeAttribute('aria-invalid'); // `jean.`: fine so far
    show(ui.localPartMessages, t(locale, 'soFar'), '');
    return;
  }
  const address = `${value}@${ui.domain.value.trim()}`;
  const whole = validateAddress(address);
  ui.localPart.setAttribute('aria-invalid', String(!whole.ok));
  if (whole.ok) show(ui.localPartMessages, t(locale, 'creatable', { address }), 'ok');
  else show(ui.localPartMessages, '', 'bad', whole.issues);
}

ui.localPart.addEventListener('input', renderAddress);
ui.domain.addEventListener('input', renderAddress);
ui.suggestion.addEventListener('click', () => {
  ui.localPart.value = ui.suggestion.dataset.value ?? '';
  if (ui.suggestion.dataset.domain) ui.domain.value = ui.suggestion.dataset.domain;
  renderAddress();
  ui.localPart.focus();
});

// --- Offer picker (R-SEND-1, R-RCPT-1, R-SIZE-1, R-STOR-1, R-RET-2, R-BKP-2, R-ADDR-COUNT) --

/**
 * A size as the library's messages write it (French says Mo and Go, as the provider's guides
 * do), from the library's own formatting helpers: a page bundled from its sources may reach
 * past the public entry, so that its table and its messages never disagree.
 */
function formatBytes(bytes: number): string {
  return messageContext(locale).bytes(bytes);
}

function selectedOffer(): Offer {
  return getOffer(ui.offer.value);
}

function renderOffer(): void {
  const offer = selectedOffer();
  const number = new Intl.NumberFormat(locale);
  const days = (n: number) => (n === 0 ? t(locale, 'none') : t(locale, 'days', { n }));
  const { min, max } = offer.addresses;
  const rows: [UiKey, string][] = [
    ['sendsPerDay', number.format(offer.dailySendLimit)],
    ['recipientsPerMessage', number.format(offer.maxRecipientsPerMessage)],
    ['largestMessage', formatBytes(offer.maxMessageBytes)],
    [
      'storage',
      offer.storageBytes === 'unlimited' ? t(locale, 'unlimited') : formatBytes(offer.storageBytes),
    ],
    ['trash', days(offer.trashRetentionDays)],
    ['backups', days(offer.backupRetentionDays)],
    [
      'addresses',
      `${number.format(min)} – ${max === 'unlimited' ? t(locale, 'unlimited') : number.format(max)}`,
    ],
  ];
  const body = document.createElement('tbody');
  for (const [key, value] of rows) {
    const row = document.createElement('tr');
    const header = document.createElement('th');
    header.scope = 'row';
    header.textContent = t(locale, key);
    const cell = document.createElement('td');
    cell.textContent = value;
    cell.dataset.field = key;
    row.append(header, cell);
    body.append(row);
  }
  ui.offerLimits.replaceChildren(body);
}

function fillOffers(): void {
  const current = ui.offer.value;
  ui.offer.replaceChildren(
    ...Object.values(OFFERS).map((offer) => {
      const option = document.createElement('option');
      option.value = offer.id;
      option.textContent = offer.name;
      return option;
    }),
  );
  ui.offer.value = isOfferId(current) ? current : 'ksuite-free';
}

ui.offer.addEventListener('change', () => {
  renderOffer();
  lastDecision = undefined;
  show(ui.decision, '', '');
});

// --- Send simulator (R-SEND-1, R-SEND-2, R-RCPT-1, R-SIZE-1, R-SEND-5) ---------------------

let pastCount = 0;

function labelled(labelKey: UiKey, input: HTMLInputElement): HTMLDivElement {
  const wrapper = document.createElement('div');
  const label = document.createElement('label');
  label.htmlFor = input.id;
  label.dataset.ui = labelKey;
  label.textContent = t(locale, labelKey);
  wrapper.append(label, input);
  return wrapper;
}

function numberInput(id: string, value: number, step: string): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'number';
  input.id = id;
  input.min = '0';
  input.step = step;
  input.value = String(value);
  return input;
}

function addPastSend(hoursAgo: number, recipients: number): void {
  const n = ++pastCount;
  const row = document.createElement('div');
  row.className = 'past';
  const hours = numberInput(`past-${n}-hours`, hoursAgo, '0.5');
  hours.dataset.role = 'hours';
  const count = numberInput(`past-${n}-recipients`, recipients, '1');
  count.dataset.role = 'recipients';
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'secondary';
  remove.dataset.ui = 'remove';
  remove.textContent = t(locale, 'remove');
  remove.addEventListener('click', () => {
    row.remove();
    ui.addPast.focus();
  });
  row.append(labelled('hoursAgo', hours), labelled('pastRecipients', count), remove);
  ui.pastSends.append(row);
}

function decide(): void {
  const now = Date.now();
  const history = [...ui.pastSends.querySelectorAll<HTMLDivElement>('.past')].map((row) => ({
    at:
      now -
      Math.round(Number(row.querySelector<HTMLInputElement>('[data-role=hours]')?.value) * HOUR_MS),
    recipients: Number(row.querySelector<HTMLInputElement>('[data-role=recipients]')?.value),
  }));
  try {
    const decision = decideSend({
      offer: selectedOffer().id,
      now,
      history,
      message: { recipients: Number(ui.recipients.value) },
      sizeBytes: Math.round(Number(ui.size.value) * MIB),
    });
    lastDecision = () => {
      if (decision.allowed) {
        show(
          ui.decision,
          t(
            locale,
            'allowed',
            { remaining: decision.remaining, limit: decision.limit },
            decision.remaining,
          ),
          'ok',
        );
        return;
      }
      // The issue's own sentence says when the message may go, or that waiting will not help.
      show(
        ui.decision,
        t(locale, 'refused', { used: decision.used, limit: decision.limit }, decision.used),
        'bad',
        decision.issues,
      );
    };
  } catch (error) {
    // A number field left empty or negative: the library names the field.
    if (!(error instanceof PolicyInputError)) throw error;
    lastDecision = () => show(ui.decision, error.message, 'bad');
  }
  lastDecision();
}

ui.addPast.addEventListener('click', () => {
  addPastSend(1, 10);
  ui.pastSends.querySelector<HTMLInputElement>('.past:last-child input')?.focus();
});
ui.sendForm.addEventListener('submit', (event) => {
  event.preventDefault();
  decide();
});

// --- Settings files (R-CONN-1…3) -----------------------------------------------------------

const FILES = {
  thunderbird: { name: 'config-v1.1.xml', type: 'application/xml' },
  apple: { name: 'infomaniak.mobileconfig', type: 'application/x-apple-aspen-config' },
  autodiscover: { name: 'autodiscover.xml', type: 'application/xml' },
} as const;

function downloadSettings(): void {
  const email = ui.settingsEmail.value.trim();
  const client = ui.settingsClient.value as keyof typeof FILES;
  const address = validateAddress(email);
  const result = !address.ok
    ? address
    : client === 'thunderbird'
      ? thunderbirdAutoconfig(address.domain)
      : client === 'apple'
        ? appleMobileconfig(email)
        : autodiscoverXml(email);
  ui.settingsEmail.setAttribute('aria-invalid', String(!result.ok));
  if (!result.ok) {
    lastSettings = () => show(ui.settingsMessages, '', 'bad', result.issues);
    lastSettings();
    return;
  }
  const file = FILES[client];
  const url = URL.createObjectURL(new Blob([result.value], { type: file.type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  lastSettings = () =>
    show(ui.settingsMessages, t(locale, 'downloaded', { file: file.name }), 'ok');
  lastSettings();
}

ui.download.addEventListener('click', downloadSettings);

// --- Language --------------------------------------------------------------------------------

function applyLocale(): void {
  locale = ui.lang.value as Locale;
  document.documentElement.lang = locale;
  for (const node of document.querySelectorAll<HTMLElement>('[data-ui]')) {
    node.textContent = t(locale, node.dataset.ui as UiKey);
  }
  document.title = t(locale, 'title');
  fillOffers();
  renderOffer();
  renderAddress();
  lastDecision?.();
  lastSettings?.();
}

ui.lang.addEventListener('change', applyLocale);

// The first of the browser's languages the library speaks (de-CH is de), English otherwise.
ui.lang.value = matchLocale(navigator.languages);
for (const [hours, recipients] of [
  [20, 100],
  [8, 100],
  [2, 90],
] as const) {
  addPastSend(hours, recipients);
}
applyLocale();
