/**
 * The partner quote widget (examples/quote-widget) in headless Chromium, loading the built
 * `<script>` bundle from a local server: the PRC-03 example, French formatting, errors by field.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic } from './staticServer.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

let browser: Browser;
let page: Page;
let server: Awaited<ReturnType<typeof serveStatic>>;
const pageErrors: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/browser/hostpolicy.quote.global.js'))) throw new Error('run npm run build first');
  server = await serveStatic(root);
  browser = await chromium.launch({ executablePath, args: FLAGS });
  page = await browser.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(`${server.url}/examples/quote-widget/index.html`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const text = async (selector: string): Promise<string> => ((await page.textContent(selector)) ?? '').replace(/[\u00a0\u202f]/g, ' ');

async function set(field: string, value: string): Promise<void> {
  const tag = await page.$eval(`#${field}`, (el) => el.tagName);
  if (tag === 'SELECT') await page.selectOption(`#${field}`, value);
  else await page.fill(`#${field}`, value);
}

describe('partner quote widget in Chromium', () => {
  it('PRC-03 shows 35 hostings in CHF with 20 %: 347.20 → 277.76 → 208.32', async () => {
    await set('quantity', '35');
    await set('currency', 'CHF');
    await set('discount', '20');
    await set('locale', 'en');
    const table = await text('#breakdown');
    expect(table).toContain('CHF 347.20');
    expect(table).toContain('CHF 277.76');
    expect(table).toContain('CHF 208.32');
    expect(table).toContain('40%');
    expect(table).not.toMatch(/NaN|undefined/);
  });

  it('PRC-07 switches to EUR and French at once, with the French format', async () => {
    await set('currency', 'EUR');
    await set('locale', 'fr-CH');
    const expected = (
      await page.evaluate(() => new Intl.NumberFormat('fr-CH', { style: 'currency', currency: 'EUR' }).format(120.75))
    ).replace(/[\u00a0\u202f]/g, ' ');
    const table = await text('#breakdown');
    expect(table).toContain('Remise partenaire');
    expect(table).toContain(expected);
    expect(table).toMatch(/201.25\s€/);
    expect(table).toMatch(/161.00\s€/);
  });

  it('PRC-04 shows the cap error next to the discount for 50 %', async () => {
    await set('discount', '50');
    expect(await text('#discount-error')).toContain('above the cap of 35%');
    expect(await text('#breakdown')).toBe('');
  });

  it('PRC-01 shows the library’s message next to the quantity for 0, never NaN', async () => {
    await set('discount', '20');
    await set('quantity', '0');
    expect(await text('#quantity-error')).toContain('whole number of units');
    expect(await text('body')).not.toMatch(/NaN/);
    await set('quantity', '35');
    expect(await text('#quantity-error')).toBe('');
    expect(await text('#breakdown')).toMatch(/120.75\s€/);
  });

  it('PRC-07 renders without page errors (screenshot in reports/)', async () => {
    mkdirSync(join(root, 'reports'), { recursive: true });
    await page.screenshot({ path: join(root, 'reports/quote-widget.png'), fullPage: true });
    expect(pageErrors).toEqual([]);
  });
});
