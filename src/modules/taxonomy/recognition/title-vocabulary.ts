/*
 * Curated from general knowledge of English job advertisements (not from any evaluation set): words that qualify a
 * vacancy rather than name its occupation, and the abbreviations of job titles.
 */

/** Seniority, contract, schedule and recruiting words: dropped from English titles before matching. */
export const englishTitleNoise: ReadonlySet<string> = new Set(
  `senior snr sr junior jnr jr intern interns internship internships trainee trainees apprenticeship graduate graduates
  fresh urgent urgently hiring hire vacancy vacancies position positions opening job jobs fulltime parttime contract
  contractual temporary temp permanent freelance freelancer remote hybrid immediate immediately wanted needed required
  cum ii iii iv grade level experienced`
    .split(/\s+/)
    .filter(Boolean),
);

/** The same for Italian ads: recruiting and contract words around the title ("cercasi", "assunzione immediata"). */
export const italianTitleNoise: ReadonlySet<string> = new Set(
  `cercasi cerchiamo ricerchiamo selezioniamo assumiamo assunzione assunzioni immediata immediato subito urgente
  urgentemente annuncio senior junior stage stagista tirocinio tirocinante tirocini`
    .split(/\s+/)
    .filter(Boolean),
);

/** Abbreviations and spelling variants, spelled the way ESCO labels spell them. */
export const englishTitleAbbreviations: ReadonlyMap<string, string> = new Map([
  ['mgr', 'manager'],
  ['mngr', 'manager'],
  ['asst', 'assistant'],
  ['assit', 'assistant'],
  ['exec', 'executive'],
  ['exe', 'executive'],
  ['rep', 'representative'],
  ['reps', 'representative'],
  ['dev', 'developer'],
  ['devs', 'developer'],
  ['eng', 'engineer'],
  ['engr', 'engineer'],
  ['admin', 'administrative'],
  ['hr', 'human resources'],
  ['hrm', 'human resources manager'],
  ['qa', 'quality assurance'],
  ['qc', 'quality control'],
  ['hse', 'health safety environment'],
  ['hgv', 'heavy goods vehicle'],
  ['lgv', 'heavy goods vehicle'],
  ['pa', 'personal assistant'],
  ['ceo', 'chief executive officer'],
  ['cfo', 'chief financial officer'],
  ['cto', 'chief technology officer'],
  ['coo', 'chief operating officer'],
  ['r&d', 'research development'],
  ['f&b', 'food beverage'],
  ['ui', 'user interface'],
  ['ux', 'user experience'],
  ['acct', 'accountant'],
  ['accts', 'accounts'],
  ['tech', 'technician'],
  ['techn', 'technician'],
  ['ops', 'operations'],
  ['mktg', 'marketing'],
  ['biz', 'business'],
  ['bd', 'business development'],
  ['frontend', 'front end'],
  ['backend', 'back end'],
  ['fullstack', 'full stack'],
  ['sw', 'software'],
  ['hw', 'hardware'],
  ['qs', 'quantity surveyor'],
  ['dba', 'database administrator'],
  ['sysadmin', 'system administrator'],
  ['devops', 'devops engineer'],
  ['svc', 'service'],
  ['cust', 'customer'],
  ['pm', 'project manager'],
  ['rn', 'registered nurse'],
  ['hca', 'healthcare assistant'],
  ['cna', 'nursing assistant'],
  ['lpn', 'practical nurse'],
]);
