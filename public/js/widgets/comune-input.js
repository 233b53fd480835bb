import { h } from '../dom.js';
import { rowsOf } from '../api.js';
import { endpoints } from '../endpoints.js';

/**
 * A comune box with suggestions from the reference API (most populous first). The value stays the
 * typed name, which the interchange record accepts; the server resolves it to the ISTAT code.
 */
export function createComuneInput({ name, value = '' }) {
  const listId = `${name}-comuni`;
  const options = h('datalist', { id: listId });
  const input = h('input', { name, value, list: listId, autocomplete: 'off' });
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const q = input.value.trim();
    if (q.length < 2) return;
    timer = setTimeout(() => {
      endpoints.comuni(q)
        .then((payload) => options.replaceChildren(...rowsOf(payload).map((c) => h('option', { value: c.name }, `${c.name} (${c.provinceAbbrev})`))))
        // Suggestions are a convenience: without them the typed name is still saved and resolved by the server.
        .catch(() => options.replaceChildren());
    }, 200);
  });
  return { input, options };
}
