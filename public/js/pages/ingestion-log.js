import { bidi, h, replaceChildren } from '../dom.js';
import { formatDate, formatNumber, t } from '../i18n.js';
import { rowsOf } from '../api.js';
import { endpoints } from '../endpoints.js';
import { pageTitle, section } from '../ui.js';

const table = (captionKey, headKeys, rows) => h('div', { className: 'table-wrap' }, h('table', {},
  h('caption', { className: 'visually-hidden' }, t(captionKey)),
  h('thead', {}, h('tr', {}, headKeys.map((key) => h('th', { scope: 'col' }, t(key))))),
  h('tbody', {}, rows)));

/** The latest ingestion runs: when, which source, what happened to the records. */
function ingestionRuns(runs) {
  if (!runs.length) return h('p', { className: 'empty' }, t('ingestion.noRuns'));
  return table('dashboard.ingestion', ['ingestion.started', 'ingestion.source', 'ingestion.status', 'ingestion.accepted', 'ingestion.quarantined'],
    runs.slice(0, 20).map((r) => h('tr', {},
      h('td', {}, formatDate(r.startedAt)), h('td', {}, bidi(r.source ?? '')),
      h('td', {}, t(`runStatus.${r.status}`)), h('td', {}, formatNumber((r.counts?.created ?? 0) + (r.counts?.updated ?? 0) + (r.counts?.unchanged ?? 0))),
      h('td', {}, formatNumber(r.counts?.quarantined ?? 0)))));
}

/** Records held back by validation or risk rules, with the reason, so a person can fix the source. */
function quarantineList(items) {
  if (!items.length) return h('p', { className: 'empty' }, t('ingestion.noQuarantine'));
  return table('dashboard.quarantine', ['ingestion.received', 'ingestion.source', 'ingestion.reason'],
    items.slice(0, 50).map((q) => h('tr', {},
      h('td', {}, formatDate(q.createdAt)), h('td', {}, bidi(q.source ?? '')),
      h('td', {}, bidi((q.reasons ?? []).map((r) => [r.path, r.message].filter(Boolean).join(': ')).join('; '))))));
}

/** Latest runs of every source, newest first (the API lists runs per source). */
async function latestRuns() {
  const sources = rowsOf(await endpoints.ingestionSources()).slice(0, 20);
  const perSource = await Promise.all(sources.map(async (source) => rowsOf(await endpoints.sourceRuns(source.name))));
  return perSource.flat().sort((a, b) => String(b.startedAt).localeCompare(String(a.startedAt)));
}

/** The ingestion page: run log and open quarantine, for staff who work through it and for admins. */
export async function render(main) {
  const runs = h('div', { id: 'ingestion-runs' });
  const quarantine = h('div', { id: 'quarantine' });
  replaceChildren(main, pageTitle('dashboard.ingestion'), h('p', {}, t('ingestion.intro')),
    h('h2', {}, t('ingestion.runsTitle')), runs, h('h2', {}, t('dashboard.quarantine')), quarantine);
  await section(runs, 'feature.ingestionRuns', async () => ingestionRuns(await latestRuns()));
  await section(quarantine, 'feature.quarantine', async () => quarantineList(rowsOf(await endpoints.quarantine())));
}
