/// <reference lib="dom" />
// Callbacks passed to page.evaluate run inside the browser, so these files see DOM types.
import { expect } from 'chai';
import type { Page } from 'playwright-core';
import { demoAccounts } from '../../../src/modules/identity/demo-accounts.js';
import { seriousViolations } from './axe.js';

export async function waitForApp(page: Page): Promise<void> {
  await page.waitForSelector('body[data-ready="true"]');
}

export async function signIn(page: Page, username: string): Promise<void> {
  const account = demoAccounts.find((a) => a.username === username);
  if (!account) throw new Error(`no demo account ${username}`);
  await page.goto('/#/login');
  await waitForApp(page);
  await page.getByLabel('Email').fill(username);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Accedi' }).click();
  await page.waitForFunction(() => !location.hash.startsWith('#/login'));
}

/** Opens a page of the app by its hash and waits until it has rendered (loading notices gone). */
export async function visit(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => { location.hash = target; }, hash);
  await page.waitForFunction((target) => document.querySelector('main')?.dataset.route === target, hash);
  await page.waitForFunction(() => document.querySelectorAll('.loading').length === 0);
}

export async function expectNoSeriousViolations(page: Page): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations, JSON.stringify(violations, null, 2)).to.deep.equal([]);
}

/** Either the real content appeared, or the page said plainly which feature the server lacks. */
export async function outcomeOf(page: Page, realSelector: string, within = 'main'): Promise<'real' | 'not-available'> {
  const real = realSelector.split(',').map((part) => `${within} ${part.trim()}`).join(', ');
  const handle = await page.waitForSelector(`${real}, ${within} [data-state="not-available"], ${within} .notice-error`);
  if (await handle.evaluate((el) => el.classList.contains('notice-error'))) {
    throw new Error(`the page showed an error: ${await handle.textContent()}`);
  }
  return (await handle.getAttribute('data-state')) === 'not-available' ? 'not-available' : 'real';
}
