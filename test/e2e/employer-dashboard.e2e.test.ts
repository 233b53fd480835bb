/// <reference lib="dom" />
// Callbacks passed to page.evaluate run inside the browser, so this file sees DOM types.
import { expect } from 'chai';
import { openPage, phoneScreen, screenshot } from './support/browser.js';
import { useWebApp } from './support/web-app-fixture.js';
import { expectNoSeriousViolations, outcomeOf, signIn, visit } from './support/pages.js';

const description = 'Cerchiamo un saldatore a filo per la nostra officina di Torino. Saldatura MIG e TIG, lettura del disegno tecnico, uso del carrello elevatore.';

describe('web app for employers and the regional dashboard (Chromium)', function () {
  this.timeout(60_000);
  const app = useWebApp();
  const open = (viewport?: typeof phoneScreen) => openPage(app.browser(), app.baseUrl(), viewport);

  it('when an employer posts a vacancy, then skill suggestions from the description wait for confirmation and the vacancy is saved or the missing feature is named', async () => {
    const { context, page } = await open();
    await signIn(page, 'employer@demo.prima');
    await visit(page, '#/vacancies');
    expect(await page.locator('.scope-note').textContent()).to.contain('tua azienda');
    expect(await page.locator('#nav a').allTextContents()).to.deep.equal(['Offerte di lavoro']);
    await expectNoSeriousViolations(page);
    await visit(page, '#/vacancies/new');
    await page.getByLabel('Codice offerta').fill('E2E-VAC-1');
    await page.getByLabel('Titolo').fill('Saldatore');
    await page.getByLabel('Descrizione del lavoro').fill(description);
    await page.getByRole('button', { name: 'Suggerisci competenze dal testo' }).click();
    const suggested = await outcomeOf(page, 'input[type="checkbox"], p', '#skill-suggestions');
    if (suggested === 'real' && (await page.locator('#skill-suggestions input[type="checkbox"]').count()) > 0) {
      expect(await page.locator('#skill-suggestions input:checked').count(), 'nothing is added before the employer confirms').to.equal(0);
      await page.locator('#suggestion-0').check();
    }
    await page.locator('#vacancy-contract').selectOption('fixed-term');
    await page.getByRole('button', { name: 'Pubblica' }).click();
    const saved = await outcomeOf(page, '.notice-ok', '#save-message');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'vacancy-editor');
    if (saved === 'real') {
      const shortlistHash = (await page.locator('#saved-shortlist').getAttribute('href'))!;
      await visit(page, shortlistHash.replace('/shortlist', ''));
      expect(await page.getByLabel('Titolo').inputValue()).to.equal('Saldatore');
      expect(await page.locator('#vacancy-status-select').inputValue()).to.equal('open');
      await page.locator('#vacancy-status-select').selectOption('filled');
      await page.getByRole('button', { name: 'Cambia stato' }).click();
      expect(await page.locator('#vacancy-status .notice-ok').textContent()).to.contain('coperta');
      await visit(page, '#/vacancies');
      expect(await page.locator('#vacancy-results tbody').textContent()).to.contain('Saldatore');
      await expectNoSeriousViolations(page);
      await screenshot(page, 'vacancies');
      await visit(page, shortlistHash);
    } else {
      await visit(page, '#/vacancies/E2E-VAC-1/shortlist');
    }
    expect(await page.locator('main').textContent()).to.contain('pseudonimo');
    await page.waitForSelector('#shortlist .shortlist-entry, #shortlist .empty, #shortlist [data-state="not-available"]');
    await expectNoSeriousViolations(page);
    await context.close();
  });

  it('when an employer opens the candidate pages, then the app refuses them', async () => {
    const { context, page } = await open();
    await signIn(page, 'employer@demo.prima');
    await visit(page, '#/candidates');
    expect(await page.locator('main [role="alert"]').textContent()).to.contain('Il tuo ruolo non permette');
    await context.close();
  });

  it('when a regional officer opens the dashboard, then demand, shortage and ingestion sections are shown as charts or named as missing', async () => {
    const { context, page } = await open();
    await signIn(page, 'officer.piemonte@demo.prima');
    expect(await page.evaluate(() => location.hash)).to.equal('#/dashboard');
    await visit(page, '#/dashboard');
    const provinces = await page.locator('#dashboard-province option').allTextContents(); // present even when hidden
    expect(provinces, 'Piemonte provinces from the reference API').to.include.members(['Torino', 'Novara', 'Cuneo']);
    const demand = await outcomeOf(page, 'svg[role="img"], .empty, [data-state="no-data"]', '#demand-by-province');
    if (demand === 'real' && (await page.locator('#demand-by-province svg').count()) > 0) {
      expect(await page.locator('#demand-by-province svg title').textContent()).to.equal('Offerte attive per provincia');
    }
    expect(await page.locator('#nav a').allTextContents(), 'the ingestion log is for staff and admins').to.not.include('Acquisizione');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'dashboard');
    await context.close();
  });

  it('when staff open the ingestion page, then the run log and the open quarantine are listed or named as missing', async () => {
    const { context, page } = await open();
    await signIn(page, 'staff.torino@demo.prima');
    await visit(page, '#/ingestion');
    for (const id of ['#ingestion-runs', '#quarantine']) expect(await outcomeOf(page, 'table, .empty', id)).to.be.oneOf(['real', 'not-available']);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'ingestion');
    await context.close();
  });
});
