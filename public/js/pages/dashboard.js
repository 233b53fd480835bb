import { field, h, replaceChildren } from '../dom.js';
import { formatDate, formatNumber, t } from '../i18n.js';
import { ApiError, NotAvailableError, rowsOf } from '../api.js';
import { endpoints } from '../endpoints.js';
import { currentPrincipal } from '../session.js';
import { pageTitle, section } from '../ui.js';
import { barChart, trendList } from '../widgets/charts.js';

const areaOf = (payload) => payload?.area ?? payload?.demand ?? payload;
const top = (rows, key, n = 10) => [...rows].sort((a, b) => b[key] - a[key]).slice(0, n);

async function provincesOfRegion(regionCode) {
  const rows = rowsOf(await endpoints.provinces());
  return rows.filter((p) => p.regionCode === regionCode).sort((a, b) => a.name.localeCompare(b.name));
}

/** An area's demand, or null when the server has not computed it yet (404 on a route that exists). */
async function demandFor(params) {
  try {
    return areaOf(await endpoints.demand(params));
  } catch (error) {
    if (error instanceof ApiError && !(error instanceof NotAvailableError) && error.status === 404) return null;
    throw error;
  }
}

const notComputed = () => h('p', { className: 'notice', dataset: { state: 'no-data' } }, t('dashboard.notComputed'));

async function byProvince(provinces, rows) {
  for (const p of provinces) {
    const area = await demandFor({ province: p.abbrev, limit: 1 });
    if (area) rows.push({ label: p.name, value: area.activeVacancies ?? 0 });
  }
  if (!rows.length) return notComputed();
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
  const showDetail = () => section(detail, 'feature.demand', async () => {
    const area = await demandFor({ province: picker.value, limit: 50 });
    return area ? areaCharts(area) : notComputed();
  });
  picker.addEventListener('change', () => void showDetail());
  const toolbar = h('div', { className: 'toolbar' }, field('dashboard-province', t('dashboard.province'), picker));
  replaceChildren(main, pageTitle('dashboard.title'), h('p', {}, t('dashboard.intro')),
    h('section', { 'aria-labelledby': 'h-demand' }, h('h2', { id: 'h-demand' }, t('dashboard.demand')), overview,
      toolbar, detail));
  const provinceRows = [];
  await section(overview, 'feature.demand', () => byProvince(provinces, provinceRows));
  // Open the detail on the province with most vacancies rather than the first in alphabetical order.
  const busiest = [...provinceRows].sort((a, b) => b.value - a.value)[0];
  if (busiest) picker.value = provinces.find((p) => p.name === busiest.label)?.abbrev ?? picker.value;
  // Without the demand route one notice says so; the province picker and an identical second notice would only add noise.
  if (overview.querySelector('[data-state="not-available"]')) toolbar.hidden = true;
  else await showDetail();
}

