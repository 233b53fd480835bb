import { field, h, replaceChildren } from '../dom.js';
import { formatDate, formatNumber, t } from '../i18n.js';
import { rowsOf } from '../api.js';
import { endpoints } from '../endpoints.js';
import { currentPrincipal } from '../session.js';
import { pageTitle, section } from '../ui.js';
import { barChart, trendList } from '../widgets/charts.js';
import { ingestionRuns, quarantineList } from './ingestion-log.js';

const areaOf = (payload) => payload?.area ?? payload?.demand ?? payload;
const top = (rows, key, n = 10) => [...rows].sort((a, b) => b[key] - a[key]).slice(0, n);

async function provincesOfRegion(regionCode) {
  const rows = rowsOf(await endpoints.provinces());
  return rows.filter((p) => p.regionCode === regionCode).sort((a, b) => a.name.localeCompare(b.name));
}

async function byProvince(provinces) {
  const rows = [];
  for (const p of provinces) {
    const area = areaOf(await endpoints.demand({ province: p.abbrev, limit: 1 }));
    rows.push({ label: p.name, value: area.activeVacancies ?? 0 });
  }
  return barChart({ title: t('dashboard.byProvince'), rows, valueLabel: t('dashboard.activeVacancies') });
}

function areaCharts(area) {
  const occupations = area.occupations ?? [];
  const label = (r) => ({ label: r.label ?? r.key, value: r.active });
  return [
    h('p', { className: 'kpis' }, t('dashboard.kpis', { vacancies: formatNumber(area.activeVacancies ?? 0), candidates: formatNumber(area.candidates ?? 0), asOf: formatDate(area.asOf) })),
    barChart({ title: t('dashboard.byOccupation'), rows: top(occupations, 'active').map(label), valueLabel: t('dashboard.activeVacancies') }),
    barChart({ title: t('dashboard.shortage'), rows: top(occupations, 'shortageRatio').map((r) => ({ label: r.label ?? r.key, value: r.shortageRatio })),
      valueLabel: t('dashboard.shortageRatio'), marker: 1, format: (v) => formatNumber(v, { maximumFractionDigits: 2 }) }),
    h('p', { className: 'hint' }, t('dashboard.shortageHint')),
    trendList(t('dashboard.trends'), top(occupations, 'newPerWeek').map((r) => ({ label: r.label ?? r.key, trend: r.trend, trendRatio: r.trendRatio }))),
  ];
}

export async function render(main) {
  const regionCode = currentPrincipal()?.regionCode ?? '01';
  const provinces = await provincesOfRegion(regionCode);
  const overview = h('div', { id: 'demand-by-province', className: 'panel' });
  const detail = h('div', { id: 'demand-detail', className: 'panel' });
  const picker = h('select', { name: 'province' }, provinces.map((p) => h('option', { value: p.abbrev }, p.name)));
  const showDetail = () => section(detail, 'feature.demand', async () => areaCharts(areaOf(await endpoints.demand({ province: picker.value, limit: 50 }))));
  picker.addEventListener('change', () => void showDetail());
  const toolbar = h('div', { className: 'toolbar' }, field('dashboard-province', t('dashboard.province'), picker));
  const runs = h('div', { id: 'ingestion-runs' });
  const quarantine = h('div', { id: 'quarantine' });
  replaceChildren(main, pageTitle('dashboard.title'), h('p', {}, t('dashboard.intro')),
    h('section', { 'aria-labelledby': 'h-demand' }, h('h2', { id: 'h-demand' }, t('dashboard.demand')), overview,
      toolbar, detail),
    h('section', { 'aria-labelledby': 'h-ingestion' }, h('h2', { id: 'h-ingestion' }, t('dashboard.ingestion')), runs,
      h('h3', {}, t('dashboard.quarantine')), quarantine));
  await section(overview, 'feature.demand', () => byProvince(provinces));
  // Without the demand route one notice says so; the province picker and an identical second notice would only add noise.
  if (overview.querySelector('[data-state="not-available"]')) toolbar.hidden = true;
  else await showDetail();
  await section(runs, 'feature.ingestionRuns', async () => ingestionRuns(rowsOf(await endpoints.ingestionRuns())));
  await section(quarantine, 'feature.quarantine', async () => quarantineList(rowsOf(await endpoints.quarantine())));
}

