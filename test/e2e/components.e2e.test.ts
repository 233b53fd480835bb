/// <reference lib="dom" />
// Callbacks passed to page.evaluate run inside the browser, so this file sees DOM types.
import { expect } from 'chai';
import { openPage } from './support/browser.js';
import { useWebApp } from './support/web-app-fixture.js';
import { expectNoSeriousViolations, waitForApp } from './support/pages.js';

/**
 * The chart and match-explanation widgets, rendered in the real browser from literal inputs shaped like
 * the API's (AreaDemand rows, toMatchRow output). The pages feed them only what the server sends.
 */
describe('web app widgets (Chromium)', function () {
  this.timeout(60_000);
  const app = useWebApp();

  it('when a shortage chart is drawn, then bars past the ratio-1 line are marked and the numbers are in a table', async () => {
    const { context, page } = await openPage(app.browser(), app.baseUrl());
    await page.goto('/#/login');
    await waitForApp(page);
    const drawn = await page.evaluate(async () => {
      const { barChart, trendList } = await import('/js/widgets/charts.js' as string);
      const host = document.createElement('section');
      host.id = 'widget-host';
      host.append(
        barChart({ title: 'Carenza', valueLabel: 'Rapporto', marker: 1, rows: [{ label: 'Saldatore', value: 2.5 }, { label: 'Cuoco', value: 0.4 }] }),
        trendList('Andamento', [{ label: 'Saldatore', trend: 'rising', trendRatio: 1.8 }, { label: 'Cuoco', trend: 'falling', trendRatio: 0.6 }]),
      );
      document.querySelector('main')!.append(host);
      return {
        bars: host.querySelectorAll('svg rect.bar').length,
        warned: [...host.querySelectorAll('svg rect.bar-warn')].length,
        marker: host.querySelectorAll('svg line.chart-marker').length,
        accessibleName: host.querySelector('svg')!.getAttribute('aria-labelledby'),
        tableRows: [...host.querySelectorAll('details tbody tr')].map((tr) => tr.textContent),
        trends: [...host.querySelectorAll('.trend-list li')].map((li) => li.textContent),
      };
    });
    expect(drawn.bars).to.equal(2);
    expect(drawn.warned).to.equal(1);
    expect(drawn.marker).to.equal(1);
    expect(drawn.accessibleName).to.match(/^chart-title-/);
    expect(drawn.tableRows).to.deep.equal(['Saldatore2,5', 'Cuoco0,4']);
    expect(drawn.trends[0]).to.contain('in crescita');
    await expectNoSeriousViolations(page);
    await context.close();
  });

  it('when a match is explained, then matched and missing skills, the language gap, the distance and the Italian reasons are shown', async () => {
    const { context, page } = await openPage(app.browser(), app.baseUrl());
    await page.goto('/#/login');
    await waitForApp(page);
    const text = await page.evaluate(async () => {
      const { matchCard } = await import('/js/widgets/match-card.js' as string);
      const card = matchCard({
        vacancyId: 'V-1', candidateId: 'C-1', score: 78.4, eligible: true, breakdown: {},
        matchedSkills: [{ uri: 'http://data.europa.eu/esco/skill/1', label: 'saldatura ad arco', essential: true, via: 'stated' }],
        missingSkills: [{ uri: 'http://data.europa.eu/esco/skill/2', label: 'lettura del disegno tecnico' }],
        languageGaps: [{ lang: 'it', required: 'B1', candidate: 'A2', gap: 1 }], distanceKm: 12.3,
        reasons: { it: ['Ha 1 delle 1 competenze essenziali.'], en: ['Has 1 of the 1 essential skills.'] },
      });
      document.querySelector('main')!.append(card);
      return card.textContent;
    });
    for (const part of ['78', 'saldatura ad arco', 'essenziale', 'lettura del disegno tecnico', 'Italiano: richiesto B1, ha A2', '12 km', 'Ha 1 delle 1 competenze essenziali.']) {
      expect(text).to.contain(part);
    }
    await expectNoSeriousViolations(page);
    await context.close();
  });
});
