/** Message catalogues (public/i18n/*.json). Italian is the default interface language, English beside it. */
export const interfaceLanguages = ['it', 'en'];
const catalogues = {};
let current = 'it';

export async function loadCatalogues() {
  await Promise.all(interfaceLanguages.map(async (lang) => {
    const res = await fetch(`/i18n/${lang}.json`);
    catalogues[lang] = await res.json();
  }));
  const saved = localStorage.getItem('prima.lang');
  setLanguage(interfaceLanguages.includes(saved) ? saved : 'it');
}

export function setLanguage(lang) {
  current = lang;
  localStorage.setItem('prima.lang', lang);
  document.documentElement.lang = lang;
}

export const language = () => current;

/** The message for key in lang, with {name} placeholders filled; falls back to Italian, then to the key. */
export function tIn(lang, key, vars = {}) {
  const template = catalogues[lang]?.[key] ?? catalogues.it?.[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_m, name) => (name in vars ? String(vars[name]) : `{${name}}`));
}

export const t = (key, vars) => tIn(current, key, vars);

export function formatNumber(value, options) {
  return new Intl.NumberFormat(current === 'it' ? 'it-IT' : 'en-GB', options).format(value);
}

export function formatDate(value) {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? String(value) : new Intl.DateTimeFormat(current === 'it' ? 'it-IT' : 'en-GB').format(date);
}
