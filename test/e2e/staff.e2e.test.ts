/// <reference lib="dom" />
// Callbacks passed to page.evaluate run inside the browser, so these files see DOM types.
import { expect } from 'chai';
import { openPage, phoneScreen, screenshot } from './support/browser.js';
import { useWebApp } from './support/web-app-fixture.js';
import { expectNoSeriousViolations, outcomeOf, signIn, visit, waitForApp } from './support/pages.js';

describe('web app for employment-centre staff (Chromium)', function () {
  this.timeout(60_000);
  const app = useWebApp();
  const open = (viewport?: typeof phoneScreen) => openPage(app.browser(), app.baseUrl(), viewport);

  it('when a staff member signs in with a wrong password, then the form says so in Italian and keeps focus on the password', async () => {
    const { context, page } = await open();
    await page.goto('/');
    await waitForApp(page);
    expect(await page.evaluate(() => document.documentElement.lang)).to.equal('it');
    await page.getByLabel('Email').fill('staff.torino@demo.prima');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Accedi' }).click();
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).to.contain('Email o password non corrette');
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('login-password');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'login');
    await context.close();
  });

  it('when staff sign in, then they land on their centre\'s candidate list, limited to their scope', async () => {
    const { context, page } = await open();
    await signIn(page, 'staff.torino@demo.prima');
    await visit(page, '#/candidates');
    expect(await page.locator('h1').textContent()).to.equal('Candidati');
    expect(await page.locator('.scope-note').textContent()).to.contain('cpi-torino');
    expect(await page.locator('#nav a').allTextContents()).to.deep.equal(['Candidati', 'Offerte di lavoro', 'Acquisizione']);
    const outcome = await outcomeOf(page, 'table, .empty', '#candidate-results');
    expect(outcome).to.be.oneOf(['real', 'not-available']);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'candidates');
    await context.close();
  });

  it('when staff register a candidate with skills picked in French, then the picker searches in French and the profile is saved or the missing feature is named', async () => {
    const { context, page } = await open();
    await signIn(page, 'staff.torino@demo.prima');
    await visit(page, '#/candidates/new');
    await page.getByLabel('Codice candidato').fill('E2E-CAND-1');
    await page.getByLabel('Esperienze e capacità, con parole semplici').fill("J'ai travaillé trois ans comme soudeur et cariste à Casablanca.");
    await page.locator('#candidate-lang').selectOption('fr');
    await page.getByLabel('Comune').fill('Monca');
    await page.waitForFunction(() => [...document.querySelectorAll('#comune-comuni option')].some((o) => o.textContent === 'Moncalieri (TO)'));
    await page.getByLabel('Comune').fill('Moncalieri');
    const levels = await page.locator('#languages select[name="level"] option').allTextContents();
    expect(levels[0]).to.match(/^A1/);
    expect(levels).to.have.length(6);
    expect(await page.locator('#work-permit-reason option').count(), 'permit reasons from the reference API').to.be.greaterThan(5);
    await page.locator('#skill-picker-lang').selectOption('fr');
    const skillInput = page.locator('#skill-picker-input');
    expect(await skillInput.getAttribute('lang')).to.equal('fr');
    await skillInput.fill('soudure');
    const search = await outcomeOf(page, '#skill-picker-options:not([hidden]) li, .empty', '#skill-picker');
    if (search === 'real') {
      await skillInput.press('ArrowDown');
      await skillInput.press('Enter');
      await page.locator('#skill-picker .chip').waitFor();
      expect(await page.locator('#skill-picker .chip').count()).to.equal(1);
      await page.locator('#occupation-picker-lang').selectOption('fr');
      await page.locator('#occupation-picker-input').fill('soudeur');
      await page.locator('#occupation-picker-options:not([hidden]) li').first().waitFor();
      await page.locator('#occupation-picker-input').press('Enter');
      await page.locator('#occupation-picker .chip').waitFor();
      await page.getByLabel('Anni di esperienza nel mestiere').fill('3');
    }
    await page.locator('#work-status').selectOption('permit');
    await page.locator('#work-valid-until').fill('2028-06-30');
    await page.locator('#qualification-recognition').selectOption('requested');
    await page.getByRole('button', { name: 'Salva' }).click();
    const saved = await outcomeOf(page, '.notice-ok', '#save-message');
    expect(saved).to.be.oneOf(['real', 'not-available']);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'candidate-editor');
    if (saved === 'real') {
      expect(await page.locator('#save-message').textContent()).to.contain('Scheda salvata');
      await visit(page, '#/candidates');
      expect(await page.locator('#candidate-results tbody').textContent()).to.contain('E2E-CAND-1');
      await visit(page, '#/candidates/E2E-CAND-1');
      expect(await page.locator('#candidate-summary').inputValue()).to.contain('soudeur');
      expect(await page.locator('#work-status').inputValue()).to.equal('permit');
      expect(await page.locator('#qualification-recognition').inputValue()).to.equal('');
    }
    await context.close();
  });

  it('when staff open a candidate\'s matches and record a decision, then each match explains itself and the outcome is acknowledged', async () => {
    const { context, page } = await open();
    await signIn(page, 'staff.torino@demo.prima');
    await visit(page, '#/candidates/E2E-CAND-1/matches');
    const outcome = await outcomeOf(page, '.match-card, .empty', '#match-list');
    if (outcome === 'real' && (await page.locator('.match-card').count()) > 0) {
      const card = page.locator('.match-card').first();
      for (const part of ['Competenze che ha', 'Competenze che mancano', 'Lingua', 'Distanza']) expect(await card.textContent()).to.contain(part);
      expect(await card.locator('h3').textContent(), 'the fixture vacancy, by title').to.equal('Saldatore MIG/MAG');
      await card.locator('select[name="status"]').selectOption('contacted');
      await card.getByRole('button', { name: 'Registra esito' }).click();
      expect(await outcomeOf(page, '.notice-ok', '.match-card')).to.be.oneOf(['real', 'not-available']);
    }
    await expectNoSeriousViolations(page);
    await screenshot(page, 'matches');
    await visit(page, '#/candidates/E2E-CAND-1/plan');
    const plan = await outcomeOf(page, '.plan-columns');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'plan');
    if (plan === 'real') {
      expect(await page.locator('.plan-column').count(), 'Italian only while the interface is Italian').to.equal(1);
      await page.locator('#ui-lang').selectOption('en');
      await page.waitForSelector('.plan-columns.columns-2');
      expect(await page.locator('.plan-column').evaluateAll((cols) => cols.map((c) => c.getAttribute('lang')))).to.deep.equal(['it', 'en']);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.site-header').isVisible(), 'no menu on paper').to.equal(false);
      const [left, right] = await page.locator('.plan-column').evaluateAll((cols) => cols.map((c) => c.getBoundingClientRect().left));
      expect(right!, 'the two languages side by side').to.be.greaterThan(left!);
      await screenshot(page, 'plan-print-it-en');
      await page.emulateMedia({ media: 'screen' });
      await page.locator('#ui-lang').selectOption('it');
    }
    await context.close();
  });

  it('when the interface is switched to English, then menus and labels change and Arabic typed in a picker runs right to left', async () => {
    const { context, page } = await open();
    await signIn(page, 'staff.torino@demo.prima');
    await visit(page, '#/candidates/new');
    await page.locator('#ui-lang').selectOption('en');
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'New candidate');
    expect(await page.evaluate(() => document.documentElement.lang)).to.equal('en');
    expect(await page.locator('#nav a').allTextContents()).to.deep.equal(['Candidates', 'Vacancies', 'Ingestion']);
    await page.locator('#skill-picker-lang').selectOption('ar');
    await page.locator('#skill-picker-input').fill('لحام');
    expect(await page.locator('#skill-picker-input').evaluate((el) => el.matches(':dir(rtl)'))).to.equal(true);
    await page.locator('#candidate-summary').fill('Hello');
    expect(await page.locator('#candidate-summary').evaluate((el) => el.matches(':dir(ltr)'))).to.equal(true);
    await page.locator('#ui-lang').selectOption('it');
    await context.close();
  });

  it('when the app is used from the keyboard on a phone, then the skip link reaches the content and nothing scrolls sideways', async () => {
    const { context, page } = await open(phoneScreen);
    await signIn(page, 'staff.torino@demo.prima');
    await visit(page, '#/candidates/new');
    await page.reload();
    await waitForApp(page);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).to.equal('main');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const wide = await page.evaluate(() => [...document.querySelectorAll('main *')].filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth).map((el) => el.tagName + '#' + el.id + '.' + el.className).slice(0, 8));
    expect(overflow, `wider than the screen: ${wide.join(', ')}`).to.be.at.most(0);
    await screenshot(page, 'candidate-editor-phone');
    await context.close();
  });
});
