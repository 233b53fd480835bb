import { bidi, h } from '../dom.js';
import { language, t } from '../i18n.js';
import { NotAvailableError, rowsOf } from '../api.js';
import { endpoints } from '../endpoints.js';
import { errorNotice, notAvailable } from '../ui.js';

export const typingLanguages = ['it', 'en', 'fr', 'es', 'ar'];

/** The label in the interface language when the taxonomy has one, else the label the search matched. */
export function displayLabel(item, lang = language()) {
  return item.labels?.[lang] ?? item.preferredLabels?.[lang] ?? item.label ?? item.preferredLabel ?? item.uri;
}

function searchFor(kind) {
  return kind === 'skills' ? endpoints.searchSkills : endpoints.searchOccupations;
}

function lookupFor(kind) {
  return kind === 'skills' ? endpoints.getSkill : endpoints.getOccupation;
}

function optionFor(item, index, listId, typedLang) {
  const shown = displayLabel(item);
  const matched = item.matched ?? item.matchedLabel ?? item.label;
  return h('li', { role: 'option', id: `${listId}-${index}`, 'aria-selected': 'false', dataset: { uri: item.uri } },
    bidi(shown, item.labels?.[language()] ? language() : item.lang),
    matched && matched !== shown ? h('span', { className: 'matched' }, ' · ', bidi(matched, item.lang ?? typedLang)) : null);
}

/**
 * An ESCO skill or occupation picker. Staff type in it, en, fr, es or ar (chosen beside the box); picked
 * items show in the interface language. Keyboard: arrows move, Enter picks, Escape closes.
 */
export function createTaxonomyPicker({ kind, id, legendKey, multiple = true, initial = [] }) {
  const picked = new Map(initial.map((item) => [item.uri, item]));
  const listId = `${id}-options`;
  const typed = h('select', { id: `${id}-lang`, className: 'typing-lang' }, typingLanguages.map((lang) =>
    h('option', { value: lang, lang, selected: lang === language() }, t(`lang.${lang}`))));
  const input = h('input', {
    id: `${id}-input`, type: 'text', role: 'combobox', dir: 'auto', autocomplete: 'off',
    'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, lang: typed.value,
  });
  const list = h('ul', { id: listId, role: 'listbox', className: 'options', hidden: true, 'aria-label': t(legendKey) });
  const feedback = h('div', { className: 'picker-feedback', 'aria-live': 'polite' });
  const chips = h('ul', { className: 'chips', 'aria-label': t('picker.selected') });
  let results = [];
  let active = -1;
  let timer;

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; };
  const highlight = (index) => {
    active = index;
    [...list.children].forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', `${listId}-${index}`);
  };

  function renderChips() {
    chips.replaceChildren(...[...picked.values()].map((item) => h('li', { className: 'chip', dataset: { uri: item.uri } },
      bidi(displayLabel(item), item.labels?.[language()] ? language() : item.lang),
      h('button', { type: 'button', className: 'chip-remove', 'aria-label': t('picker.remove', { label: displayLabel(item) }),
        onclick: () => { picked.delete(item.uri); renderChips(); input.focus(); } }, '×'))));
  }

  /** Found in another language: fetch the interface-language label so the chip reads in the staff member's language. */
  async function labelInInterface(item) {
    if (typed.value === language() || item.labels?.[language()]) return;
    try {
      const found = await lookupFor(kind)(item.uri, language());
      if (found?.label) item.labels = { ...item.labels, [language()]: found.label };
      renderChips();
    } catch {
      // The chip keeps the label that was found; the URI saved is the same either way.
    }
  }

  function choose(index) {
    const item = results[index];
    if (!item) return;
    void labelInInterface(item);
    if (!multiple) picked.clear();
    picked.set(item.uri, item);
    renderChips();
    input.value = '';
    close();
    feedback.textContent = t('picker.added', { label: displayLabel(item) });
  }

  async function search() {
    const q = input.value.trim();
    if (q.length < 2) return close();
    try {
      results = rowsOf(await searchFor(kind)(q, typed.value)).slice(0, 10);
      list.replaceChildren(...results.map((item, i) => optionFor(item, i, listId, typed.value)));
      list.hidden = results.length === 0;
      input.setAttribute('aria-expanded', String(results.length > 0));
      feedback.replaceChildren(results.length === 0 ? h('span', { className: 'empty' }, t('picker.noResults')) : t('picker.count', { count: results.length }));
      highlight(-1);
    } catch (error) {
      close();
      feedback.replaceChildren(error instanceof NotAvailableError ? notAvailable(`feature.taxonomy.${kind}`) : errorNotice(error));
    }
  }

  input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(search, 200); });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && results.length) { event.preventDefault(); highlight(Math.min(active + 1, results.length - 1)); }
    else if (event.key === 'ArrowUp' && results.length) { event.preventDefault(); highlight(Math.max(active - 1, 0)); }
    else if (event.key === 'Enter' && !list.hidden) { event.preventDefault(); choose(Math.max(active, 0)); }
    else if (event.key === 'Escape') close();
  });
  list.addEventListener('mousedown', (event) => {
    const li = event.target.closest('li[role="option"]');
    if (li) { event.preventDefault(); choose([...list.children].indexOf(li)); }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  typed.addEventListener('change', () => { input.lang = typed.value; void search(); });
  renderChips();

  const element = h('fieldset', { className: 'picker', id },
    h('legend', {}, t(legendKey)),
    h('div', { className: 'picker-row' },
      h('div', { className: 'field grow' }, h('label', { for: input.id }, t('picker.type')), input, list),
      h('div', { className: 'field' }, h('label', { for: typed.id }, t('picker.typingLanguage')), typed)),
    feedback, chips);
  return { element, value: () => [...picked.values()] };
}
