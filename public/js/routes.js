import { can, hasRole } from './session.js';

/** The pages, their hash paths, the scope that opens them and the menu entry they get. Loaded on demand. */
export const routes = [
  { path: '/' },
  { path: '/login', load: () => import('./pages/login.js') },
  { path: '/candidates', scope: 'candidates:read', navKey: 'nav.candidates', load: () => import('./pages/candidate-list.js') },
  { path: '/candidates/new', scope: 'candidates:write', load: () => import('./pages/candidate-editor.js') },
  { path: '/candidates/:id', scope: 'candidates:read', load: () => import('./pages/candidate-editor.js') },
  { path: '/candidates/:id/matches', scope: 'matches:read', load: () => import('./pages/matches.js') },
  { path: '/candidates/:id/plan', scope: 'candidates:read', load: () => import('./pages/plan.js') },
  { path: '/vacancies', scope: 'vacancies:read', navKey: 'nav.vacancies', load: () => import('./pages/vacancy-list.js') },
  { path: '/vacancies/new', scope: 'vacancies:write', load: () => import('./pages/vacancy-editor.js') },
  { path: '/vacancies/:id', scope: 'vacancies:read', load: () => import('./pages/vacancy-editor.js') },
  { path: '/vacancies/:id/shortlist', scope: 'shortlists:read', load: () => import('./pages/shortlist.js') },
  { path: '/dashboard', scope: 'aggregates:read', navKey: 'nav.dashboard', load: () => import('./pages/dashboard.js') },
  // The same rule as the API's: administrators, and staff who work through the quarantine.
  { path: '/ingestion', allow: () => can('sources:admin') || hasRole('staff'), navKey: 'nav.ingestion', load: () => import('./pages/ingestion-log.js') },
];
