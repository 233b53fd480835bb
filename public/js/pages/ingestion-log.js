import { bidi, h } from '../dom.js';
import { formatDate, formatNumber, t } from '../i18n.js';

const table = (captionKey, headKeys, rows) => h('div', { className: 'table-wrap' }, h('table', {},
  h('caption', { className: 'visually-hidden' }, t(captionKey)),
  h('thead', {}, h('tr', {}, headKeys.map((key) => h('th', { scope: 'col' }, t(key))))),
  h('tbody', {}, rows)));

/** The latest ingestion runs: when, which source, what happened to the records. */
export function ingestionRuns(runs) {
  if (!runs.length) return h('p', { className: 'empty' }, t('ingestion.noRuns'));
  return table('dashboard.ingestion', ['ingestion.started', 'ingestion.source', 'ingestion.status', 'ingestion.accepted', 'ingestion.quarantined'],
    runs.slice(0, 20).map((r) => h('tr', {},
      h('td', {}, formatDate(r.startedAt ?? r.started)), h('td', {}, bidi(r.sourceName ?? r.sourceId ?? r.source ?? '')),
      h('td', {}, r.status ?? ''), h('td', {}, formatNumber(r.counts?.accepted ?? r.accepted ?? 0)),
      h('td', {}, formatNumber(r.counts?.quarantined ?? r.quarantined ?? 0)))));
}

/** Records held back by validation or risk rules, with the reason, so a person can fix the source. */
export function quarantineList(items) {
  if (!items.length) return h('p', { className: 'empty' }, t('ingestion.noQuarantine'));
  return table('dashboard.quarantine', ['ingestion.received', 'ingestion.source', 'ingestion.reason'],
    items.slice(0, 50).map((q) => h('tr', {},
      h('td', {}, formatDate(q.receivedAt ?? q.createdAt)), h('td', {}, bidi(q.sourceName ?? q.sourceId ?? '')),
      h('td', {}, bidi([q.reason, ...(q.issues ?? []).map((i) => i.message ?? String(i))].filter(Boolean).join('; '))))));
}
