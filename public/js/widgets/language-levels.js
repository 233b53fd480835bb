import { h } from '../dom.js';
import { t } from '../i18n.js';
import { rowsOf } from '../api.js';
import { endpoints } from '../endpoints.js';

const spokenLanguages = ['it', 'en', 'fr', 'es', 'ar', 'de', 'pt', 'ro', 'uk', 'ru', 'zh', 'bn', 'ur', 'wo', 'ti', 'so', 'fa', 'ps', 'sq'];
// CEFR itself is a fixed standard: the reference route gives the codes the service accepts, the catalogues give plain-language names.
const standardLevels = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'].map((code) => ({ code }));

async function cefrLevels() {
  try {
    const rows = rowsOf(await endpoints.cefrLevels());
    return rows.length ? rows : standardLevels;
  } catch {
    return standardLevels;
  }
}

/** Rows of language + CEFR level, added and removed by the user; the value is the interchange `languages` array. */
export async function createLanguageLevels({ id, initial = [] }) {
  const levels = await cefrLevels();
  const rows = h('div', { className: 'language-rows' });
  let counter = 0;

  function addRow(value = { lang: 'it', level: 'A2' }) {
    counter += 1;
    const langId = `${id}-lang-${counter}`;
    const levelId = `${id}-level-${counter}`;
    const lang = h('select', { id: langId, name: 'lang' }, spokenLanguages.map((code) =>
      h('option', { value: code, selected: code === value.lang }, t(`lang.${code}`))));
    const level = h('select', { id: levelId, name: 'level' }, levels.map((row) =>
      h('option', { value: row.code, selected: row.code === value.level }, `${row.code} · ${t(`cefr.${row.code}`)}`)));
    const row = h('div', { className: 'language-row' },
      h('div', { className: 'field' }, h('label', { for: langId }, t('cefr.language')), lang),
      h('div', { className: 'field' }, h('label', { for: levelId }, t('cefr.level')), level),
      h('button', { type: 'button', className: 'secondary', onclick: () => row.remove() }, t('cefr.remove')));
    rows.append(row);
  }

  for (const value of initial) addRow(value);
  const element = h('fieldset', { className: 'language-levels', id },
    h('legend', {}, t('cefr.legend')), h('p', { className: 'hint' }, t('cefr.hint')), rows,
    h('button', { type: 'button', className: 'secondary', onclick: () => addRow() }, t('cefr.add')));
  const value = () => [...rows.querySelectorAll('.language-row')].map((row) => ({
    lang: row.querySelector('[name="lang"]').value, level: row.querySelector('[name="level"]').value,
  }));
  return { element, value };
}
