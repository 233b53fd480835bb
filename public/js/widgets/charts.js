import { bidi, h, svg } from '../dom.js';
import { formatNumber, t } from '../i18n.js';

const rowHeight = 26;
const labelWidth = 210;
const plotWidth = 330;
let chartCount = 0;

/** The same numbers as a table, for screen readers and for anyone who wants the exact figures. */
function dataTable(title, rows, valueLabel, format) {
  return h('details', { className: 'chart-data' }, h('summary', {}, t('chart.showData')),
    h('table', {}, h('caption', {}, title),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('chart.item')), h('th', { scope: 'col' }, valueLabel))),
      h('tbody', {}, rows.map((r) => h('tr', {}, h('th', { scope: 'row' }, bidi(r.label)), h('td', {}, format(r.value)))))));
}

const clip = (text, max = 30) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A horizontal bar chart as inline SVG. `marker` draws a reference line (e.g. shortage ratio 1 = as many
 * open jobs as people who could take them); bars past it get the warning colour.
 */
export function barChart({ title, rows, valueLabel, format = (v) => formatNumber(v), marker }) {
  chartCount += 1;
  const titleId = `chart-title-${chartCount}`;
  const max = Math.max(marker ?? 0, ...rows.map((r) => r.value), 1e-9);
  const width = labelWidth + plotWidth + 60;
  const height = rows.length * rowHeight + 10;
  const scale = (v) => (v / max) * plotWidth;
  const bars = rows.map((r, i) => {
    const y = i * rowHeight + 4;
    const over = marker !== undefined && r.value > marker;
    return svg('g', {},
      svg('text', { x: labelWidth - 8, y: y + 15, 'text-anchor': 'end', class: 'chart-label' }, clip(r.label)),
      svg('rect', { x: labelWidth, y, width: Math.max(scale(r.value), 1), height: rowHeight - 8, class: over ? 'bar bar-warn' : 'bar' }),
      svg('text', { x: labelWidth + scale(r.value) + 6, y: y + 15, class: 'chart-value' }, format(r.value)));
  });
  const line = marker === undefined ? null
    : svg('line', { x1: labelWidth + scale(marker), x2: labelWidth + scale(marker), y1: 0, y2: height, class: 'chart-marker' });
  return h('figure', { className: 'chart' },
    h('figcaption', { id: titleId }, title),
    rows.length === 0 ? h('p', { className: 'empty' }, t('chart.noData')) : svg('svg', {
      viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': titleId, preserveAspectRatio: 'xMinYMin meet',
    }, svg('title', {}, title), ...bars, line),
    dataTable(title, rows, valueLabel, format));
}

const trendSymbols = { rising: '▲', falling: '▼', stable: '■', new: '●' };

/** Trend as symbol + words, never colour alone. */
export function trendList(title, rows) {
  return h('figure', { className: 'chart' }, h('figcaption', {}, title),
    rows.length === 0 ? h('p', { className: 'empty' }, t('chart.noData')) : h('ul', { className: 'trend-list' }, rows.map((r) =>
      h('li', { className: `trend trend-${r.trend}` },
        h('span', { 'aria-hidden': 'true', className: 'trend-symbol' }, trendSymbols[r.trend] ?? ''), ' ',
        bidi(r.label), ' — ', t(`trend.${r.trend}`), r.trendRatio ? ` (×${formatNumber(r.trendRatio, { maximumFractionDigits: 2 })})` : ''))));
}
