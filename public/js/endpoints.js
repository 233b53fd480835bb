import { api, get, query } from './api.js';

/**
 * Every API path the web app uses, in one place. Paths follow the issues that define them (taxonomy,
 * matching, demand, ingestion); when a route is not on the server yet the page shows "not available".
 */
const enc = encodeURIComponent;

export const endpoints = {
  login: (username, password) => api('POST', '/auth/login', { username, password }),
  logout: () => api('POST', '/auth/logout'),
  me: () => get('/auth/me'),
  csrf: () => get('/auth/csrf'),

  provinces: () => get('/reference/provinces'),
  cefrLevels: () => get('/reference/cefr-levels'),
  permitReasons: () => get('/reference/permit-reasons'),
  comuni: (q) => get(`/reference/comuni${query({ q, limit: 8 })}`),

  searchSkills: (q, lang) => get(`/taxonomy/skills${query({ q, lang })}`),
  searchOccupations: (q, lang) => get(`/taxonomy/occupations${query({ q, lang })}`),
  getSkill: (uri, lang) => get(`/taxonomy/skills/${enc(uri)}${query({ lang })}`),
  getOccupation: (uri, lang) => get(`/taxonomy/occupations/${enc(uri)}${query({ lang })}`),
  analyseSkills: (text, lang) => api('POST', '/analyse/skills', lang ? { text, lang } : { text }),

  listCandidates: (params) => get(`/candidates${query(params)}`),
  getCandidate: (id) => get(`/candidates/${enc(id)}`),
  // A registration wraps the record: identity and consents travel beside it, never inside it.
  createCandidate: (record) => api('POST', '/candidates', { candidate: record }),
  updateCandidate: (id, record) => api('PUT', `/candidates/${enc(id)}`, record),
  candidateMatches: (id, params) => get(`/candidates/${enc(id)}/matches${query(params)}`),
  recordDecision: (candidateId, vacancyId, decision) => api('POST', '/matches/decisions', { candidateId, vacancyId, ...decision }),
  decisions: (params) => get(`/matches/decisions${query(params)}`),
  recommendations: (id, lang) => get(`/candidates/${enc(id)}/recommendations${query({ lang })}`),

  listVacancies: (params) => get(`/vacancies${query(params)}`),
  getVacancy: (id) => get(`/vacancies/${enc(id)}`),
  createVacancy: (record) => api('POST', '/vacancies', record),
  updateVacancy: (id, record) => api('PUT', `/vacancies/${enc(id)}`, record),
  setVacancyStatus: (id, status) => api('PATCH', `/vacancies/${enc(id)}`, { status }),
  vacancyShortlist: (id, lang) => get(`/vacancies/${enc(id)}/matches${query({ top: 20, lang })}`),

  demand: (params) => get(`/demand${query(params)}`),
  ingestionSources: () => get('/ingestion/sources'),
  sourceRuns: (name) => get(`/ingestion/sources/${enc(name)}/runs${query({ limit: 5 })}`),
  quarantine: () => get(`/ingestion/quarantine${query({ status: 'open' })}`),
};
