// Shared helpers of the end-to-end journeys: a browser per run, a signed-in page per person,
// the translations (to click and read what a person reads), screenshots.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:5080';
export const screenshotDir = join(here, 'screenshots');
mkdirSync(screenshotDir, { recursive: true });

export const viewports = { laptop: { width: 1280, height: 800 }, phone: { width: 390, height: 844 } };
const translations = {
  'zh-CN': JSON.parse(readFileSync(join(here, '../src/i18n/zh-CN.json'), 'utf8')),
  en: JSON.parse(readFileSync(join(here, '../src/i18n/en.json'), 'utf8')),
};

/** A translation as the page shows it (plural forms: the "_other" one; {{x}} placeholders filled from vars). */
export function tr(lang, key, vars = {}) {
  const table = translations[lang];
  const parts = key.split('.');
  const leaf = parts.pop();
  const node = parts.reduce((n, p) => n?.[p], table);
  const text = node?.[leaf] ?? node?.[`${leaf}_other`];
  if (typeof text !== 'string') throw new Error(`no translation ${lang} ${key}`);
  return text.replace(/\{\{(\w+)\}\}/g, (_, name) => String(vars[name] ?? ''));
}

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-dev-shm-usage'],
  });
}

/** A fresh browser context (no one signed in) in a language and window size, its page errors collected. */
export async function openPage(browser, { lang, size }) {
  const context = await browser.newContext({ viewport: viewports[size], locale: lang, hasTouch: size === 'phone', isMobile: size === 'phone' });
  context.setDefaultTimeout(20_000);
  await context.addInitScript((language) => {
    if (!localStorage.getItem('marketplace.language')) localStorage.setItem('marketplace.language', language);
  }, lang);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.problems = problems;
  return page;
}

/** A person signed in by clicking their name on the sign-in page, in a language and window size. */
export async function signIn(browser, login, { lang, size }) {
  const page = await openPage(browser, { lang, size });
  await page.goto(`${baseUrl}/`);
  await page.waitForURL(/\/signin/);
  await page.locator(`button[data-login="${login}"]`).click();
  // Signed in, the app lands on '/' and moves on to the role's workspace.
  await page.waitForURL((url) => url.pathname !== '/' && !url.pathname.startsWith('/signin'));
  await page.getByTestId('signed-in-as').waitFor();
  return page;
}

/** Follows the main navigation as a person would: on a phone, through the menu button. */
export async function navigate(page, path) {
  const toggle = page.locator('.menu-toggle');
  const link = page.locator(`#main-nav a[href="${path}"]`);
  if (await toggle.isVisible()) {
    await toggle.click();
    await link.waitFor({ state: 'visible' });
  }
  await link.click();
  await page.waitForURL((url) => url.pathname === path);
}

export async function shot(page, name) {
  await page.waitForTimeout(300); // let maps and charts settle
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

export async function closeAll(...pages) {
  for (const page of pages) await page?.context().close();
}
