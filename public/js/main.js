import { h, replaceChildren } from './dom.js';
import { interfaceLanguages, language, loadCatalogues, setLanguage, t } from './i18n.js';
import { can, currentPrincipal, homeRoute, restoreSession, signOut } from './session.js';
import { errorNotice, status } from './ui.js';
import { routes } from './routes.js';

const main = document.getElementById('main');
const nav = document.getElementById('nav');
const headerTools = document.getElementById('header-tools');

function matchRoute(hash) {
  const path = hash.replace(/^#/, '') || '/';
  for (const route of routes) {
    const names = [];
    const pattern = new RegExp('^' + route.path.replace(/:(\w+)/g, (_m, name) => (names.push(name), '([^/]+)')) + '$');
    const found = pattern.exec(path);
    if (found) return { route, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(found[i + 1])])) };
  }
  return undefined;
}

const allowed = (route) => (route.allow ? route.allow() : !route.scope || can(route.scope));

function renderNav() {
  const links = routes.filter((r) => r.navKey && currentPrincipal() && allowed(r));
  const here = location.hash.split('/').slice(0, 2).join('/');
  replaceChildren(nav, links.map((r) => h('a', { href: `#${r.path}`, 'aria-current': here === `#${r.path}` ? 'page' : undefined }, t(r.navKey))));
  const picker = h('select', { id: 'ui-lang', onchange: (e) => { setLanguage(e.target.value); render(); } },
    interfaceLanguages.map((lang) => h('option', { value: lang, selected: lang === language() }, t(`lang.${lang}`))));
  const logout = currentPrincipal()
    ? h('button', { type: 'button', className: 'link-button', onclick: async () => { await signOut(); location.hash = '#/login'; } }, t('nav.logout'))
    : null;
  replaceChildren(headerTools, h('label', { for: 'ui-lang', className: 'inline-label' }, t('nav.language')), picker, logout);
}

/**
 * Each page renders into its own view element. A slower page that finishes after the user has moved on
 * writes into a view that is no longer in the document, so it can never overwrite the current page.
 */
async function showPage(target, view) {
  if (!allowed(target.route)) return void replaceChildren(view, status(t('state.forbidden'), 'error'));
  try {
    const module = await target.route.load();
    await module.render(view, { params: target.params, rerender: render });
    // After an in-app navigation, focus the new heading so screen readers announce the page; on first load the browser's own start point (skip link first) is kept.
    if (document.body.dataset.ready) document.getElementById('page-title')?.focus();
  } catch (error) {
    replaceChildren(view, errorNotice(error));
  }
}

async function render() {
  const target = matchRoute(location.hash);
  if (!currentPrincipal() && target?.route.path !== '/login') return void (location.hash = '#/login');
  if (!target || target.route.path === '/') return void (location.hash = currentPrincipal() ? homeRoute() : '#/login');
  renderNav();
  document.getElementById('skip-link').textContent = t('nav.skip');
  nav.setAttribute('aria-label', t('nav.menu'));
  const view = h('div', { className: 'view' });
  replaceChildren(main, view);
  const hash = location.hash;
  await showPage(target, view);
  // Marks which route the content belongs to (the browser tests wait on it).
  if (view.isConnected) main.dataset.route = hash;
}

async function boot() {
  // The skip link must not change the hash: the hash is the router's.
  document.getElementById('skip-link').addEventListener('click', (e) => { e.preventDefault(); main.focus(); });
  await loadCatalogues();
  await restoreSession();
  window.addEventListener('hashchange', render);
  await render();
  document.body.dataset.ready = 'true';
}

boot().catch((error) => replaceChildren(main, errorNotice(error)));
