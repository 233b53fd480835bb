import { bidi, h } from '../dom.js';
import { t } from '../i18n.js';
import { ApiError, NotAvailableError, rowsOf } from '../api.js';
import { endpoints } from '../endpoints.js';
import { errorNotice, notAvailable } from '../ui.js';
import { displayLabel } from './taxonomy-picker.js';

/**
 * Skills the analyse API finds in a vacancy description, offered as unticked boxes: nothing is added
 * to the vacancy until the employer confirms it.
 */
export function createSkillSuggestions({ readText, readLang }) {
  const list = h('div', { className: 'suggestions', 'aria-live': 'polite', id: 'skill-suggestions' });
  let suggestions = [];

  async function suggest() {
    const text = readText();
    if (text.length < 20) return list.replaceChildren(h('p', { className: 'hint' }, t('vacancy.describeMore')));
    try {
      const payload = await endpoints.analyseSkills(text, readLang());
      suggestions = rowsOf(payload.skills ?? payload);
      list.replaceChildren(suggestions.length === 0 ? h('p', {}, t('vacancy.noSuggestions')) : h('fieldset', {},
        h('legend', {}, t('vacancy.suggestionsLegend')),
        suggestions.map((s, i) => h('div', { className: 'check' },
          h('input', { type: 'checkbox', id: `suggestion-${i}`, value: s.uri }),
          h('label', { for: `suggestion-${i}` }, bidi(displayLabel(s)))))));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      list.replaceChildren(error instanceof NotAvailableError ? notAvailable('feature.analyse') : errorNotice(error));
    }
  }

  const element = h('div', { className: 'suggest-block' },
    h('button', { type: 'button', className: 'secondary', id: 'suggest-skills', onclick: suggest }, t('vacancy.suggest')), list);
  const confirmed = () => suggestions.filter((_s, i) => list.querySelector(`#suggestion-${i}`)?.checked);
  return { element, confirmed };
}
