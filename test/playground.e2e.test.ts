// The playground driven in a real headless Chromium (Debian's package; .ci/run installs it).
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlayground, servePlayground } from '../scripts/playground.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOT = 'reports/playground.png';

let browser: Browser;
let page: Page;
let server: { url: string; close(): Promise<unknown> };

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} not found: install Debian's chromium package (.ci/run does) or set CHROMIUM_PATH`,
    );
  }
  await buildPlayground();
  server = await servePlayground(0);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // As root in a closed network: no sandbox, and no background calls home.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  // A reader in Tokyo: the page writes dates in the reader's time zone, not Zurich's.
  const context = await browser.newContext({
    locale: 'en-GB',
    timezoneId: 'Asia/Tokyo',
    acceptDownloads: true,
  });
  page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(server.url);
  expect(errors).toEqual([]);
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the playground in headless Chromium', () => {
  it('validates as you type in French, and the suggestion (keyboard only) fixes the field', async () => {
    await page.selectOption('#lang', 'fr');
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.textContent('label[for=local-part]')).toBe('Adresse, avant le @');
    const field = page.locator('#local-part');
    await field.focus();
    await page.keyboard.type('jean.');
    await expect.poll(() => page.textContent('#local-part-messages')).toContain('Jusqu’ici');
    expect(await field.getAttribute('aria-invalid')).toBeNull();
    await page.keyboard.type('.dupont');
    const messages = page.locator('#local-part-messages');
    await expect.poll(() => messages.textContent()).toContain('Deux points (..) de suite');
    expect(await messages.getAttribute('aria-live')).toBe('polite');
    expect(await page.locator('#local-part-messages li').getAttribute('data-code')).toBe(
      'consecutive-dots',
    );
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const suggestion = page.locator('#suggestion');
    expect(await suggestion.textContent()).toBe('Utiliser jean.dupont');
    // Keyboard only: from the domain field, Tab reaches the suggestion; Enter takes it.
    await page.locator('#domain').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement?.id')).toBe('suggestion');
    await page.keyboard.press('Enter');
    expect(await field.inputValue()).toBe('jean.dupont');
    expect(await field.getAttribute('aria-invalid')).toBe('false');
    expect(await messages.textContent()).toBe('jean.dupont@exemple.ch peut être créée.');
    expect(await suggestion.isHidden()).toBe(true);
    expect(await page.evaluate('document.activeElement?.id')).toBe('local-part');
    // And with the mouse: a name with accents becomes its suggestion in one click.
    await field.fill('José Müller');
    await expect.poll(() => suggestion.textContent()).toBe('Utiliser jose.muller');
    await suggestion.click();
    expect(await field.inputValue()).toBe('jose.muller');
    expect(await field.getAttribute('aria-invalid')).toBe('false');
    // A whole address pasted into the field: the suggestion takes its domain along.
    await field.fill('Anna.Muster@firma.de');
    await expect.poll(() => suggestion.textContent()).toBe('Utiliser anna.muster@firma.de');
    await suggestion.click();
    expect(await field.inputValue()).toBe('anna.muster');
    expect(await page.inputValue('#domain')).toBe('firma.de');
    expect(await messages.textContent()).toBe('anna.muster@firma.de peut être créée.');
    // Without a sound domain, the local part alone, and the domain field stays as it was.
    await field.fill('anna@firma');
    await expect.poll(() => suggestion.textContent()).toBe('Utiliser anna.firma');
    await suggestion.click();
    expect(await page.inputValue('#domain')).toBe('firma.de');
    await page.fill('#domain', 'exemple.ch'); // as the next tests expect
  });

  it('shows the limits of the offer picked', async () => {
    await page.selectOption('#offer', 'mail-premium');
    const cell = (field: string) => page.textContent(`#offer-limits td[data-field=${field}]`);
    expect(await cell('sendsPerDay')).toBe('1 440'.replace(' ', '\u202f'));
    expect(await cell('recipientsPerMessage')).toBe('100');
    expect(await cell('largestMessage')).toBe('201\u00a0Mo'); // as the library's French messages
    await page.selectOption('#offer', 'ksuite-free');
    expect(await cell('sendsPerDay')).toBe('500');
    expect(await cell('storage')).toBe('20\u00a0Go');
  });

  it('runs a send decision, with retryAt, and re-renders it in another language', async () => {
    // Earlier sends: 100 (20 h ago) + 100 (8 h) + 90 (2 h) on the page; make the first 280.
    await page.fill('#past-1-recipients', '280');
    await page.fill('#recipients', '40');
    await page.click('#decide');
    const decision = page.locator('#decision');
    await expect.poll(() => decision.textContent()).toContain('Refusé : 470 sur 500');
    // When it may go: the issue's own sentence, in the reader's time zone (Tokyo's, UTC+9).
    expect(await decision.locator('li').textContent()).toMatch(
      /Vous pourrez l’envoyer à partir du \d{1,2}(?:er)? \S+ \d{4} à \d\d:\d\d UTC\+9\./,
    );
    expect(await page.locator('#decision li').getAttribute('data-code')).toBe(
      'daily-limit-reached',
    );
    await page.selectOption('#lang', 'de');
    expect(await decision.textContent()).toContain('Abgelehnt: 470 von 500');
    await page.fill('#recipients', '30');
    await page.click('#decide');
    expect(await decision.textContent()).toBe('Erlaubt: nach dieser Nachricht bleiben 0 von 500.');
    // One left: the singular, as Intl.PluralRules gives the form.
    await page.fill('#recipients', '29');
    await page.click('#decide');
    expect(await decision.textContent()).toBe('Erlaubt: nach dieser Nachricht bleibt 1 von 500.');
    await page.selectOption('#lang', 'it');
    expect(await decision.textContent()).toBe(
      'Consentito: dopo questo messaggio ne resta 1 su 500.',
    );
    await page.selectOption('#lang', 'de'); // as the next test expects
  });

  it('downloads a Thunderbird file that parses, with the provider’s servers', async () => {
    await page.fill('#settings-email', 'anna@bücher.de');
    await page.selectOption('#settings-client', 'thunderbird');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    expect(download.suggestedFilename()).toBe('config-v1.1.xml');
    const xml = readFileSync(await download.path(), 'utf8');
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml);
    const provider = parsed.clientConfig.emailProvider;
    expect(provider['@_id']).toBe('xn--bcher-kva.de');
    const incoming = [provider.incomingServer].flat()[0];
    expect(incoming).toMatchObject({ hostname: 'mail.infomaniak.com', port: 993 });
    expect(await page.textContent('#settings-messages')).toBe('config-v1.1.xml heruntergeladen.');
  });

  it('refuses to build a file for an address the provider refuses', async () => {
    await page.fill('#settings-email', 'jean..dupont@exemple.ch');
    await page.click('#download');
    expect(await page.locator('#settings-messages li').getAttribute('data-code')).toBe(
      'consecutive-dots',
    );
    expect(await page.getAttribute('#settings-email', 'aria-invalid')).toBe('true');
  });

  it('refuses an xn-- domain that does not decode, which Chromium’s own URL parser lets through', async () => {
    // Chromium reads an ASCII host as it is: the library checks the `xn--` label itself.
    expect(await page.evaluate("new URL('http://xn--zz.de/').hostname")).toBe('xn--zz.de');
    await page.fill('#settings-email', 'anna@xn--zz.de');
    await page.click('#download');
    expect(await page.locator('#settings-messages li').getAttribute('data-code')).toBe(
      'domain-invalid-idn',
    );
  });

  it('saves a screenshot of the page as a test artifact', async () => {
    mkdirSync('reports', { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(30_000);
  });
});
