/**
 * The command table of `npm run -s prima -- <group> <command> …`. Each entry is loaded lazily so a
 * command pays only for what it uses (the taxonomy index is large).
 */
export interface CliCommand {
  summary: string;
  run: (argv: string[]) => Promise<number>;
}

export const commands: Record<string, CliCommand> = {
  'skills extract': {
    summary: 'JSON Lines {id,text,lang?} → ranked ESCO skills: [--lang L] [--top N]',
    run: async (argv) => (await import('./taxonomy.command.js')).runSkillsExtract(argv),
  },
  'occupations classify': {
    summary: 'JSON Lines {id,title,text?,lang?} → ranked ESCO occupations: [--lang L] [--top N]',
    run: async (argv) => (await import('./taxonomy.command.js')).runOccupationsClassify(argv),
  },
  'audit fairness': {
    summary: 'JSON Lines {id?,protected,score?,recommended,placed} → fairness report per protected group: [--k N] [--reference-year Y]',
    run: async (argv) => (await import('./audit-fairness.command.js')).runAuditFairness(argv),
  },
  'report indicators': {
    summary: 'PRIMA indicators from the database: --level centre|province|region --code C --from D --to D [--format csv|json]',
    run: async (argv) => (await import('./report.command.js')).runReportIndicators(argv),
  },
  'demand report': {
    summary: 'demand per occupation and skill in a province, from the database: --province CODE [--top N] [--refresh] [--json]',
    run: async (argv) => (await import('./demand.command.js')).runDemandReport(argv),
  },
  'demand import': {
    summary: 'import external demand figures (CSV): --file F --format labour-flows|figures --source NAME',
    run: async (argv) => (await import('./demand.command.js')).runDemandImport(argv),
  },
  recommend: {
    summary: 'placements, near misses, training plans and other steps for one candidate, from the database: --candidate ID [--lang it|en]',
    run: async (argv) => (await import('./recommend.command.js')).runRecommend(argv),
  },
  'ingest run': {
    summary: 'run one feed source now, from the database: --source NAME (exit 1 when the run fails)',
    run: async (argv) => (await import('./ingest.command.js')).runIngestRun(argv),
  },
  'ingest sources': {
    summary: 'list feed sources with their state (secrets redacted), from the database',
    run: async (argv) => (await import('./ingest.command.js')).runIngestSources(argv),
  },
  'ingest add': {
    summary: 'create or replace a feed source from a JSON file: --file source.json',
    run: async (argv) => (await import('./ingest.command.js')).runIngestAdd(argv),
  },
  'ingest remove': {
    summary: 'delete a feed source (its vacancies stay): --source NAME',
    run: async (argv) => (await import('./ingest.command.js')).runIngestRemove(argv),
  },
  match: {
    summary: 'rank vacancies per candidate, offline: --vacancies FILE --candidates FILE [--top N] [--explain-all]',
    run: async (argv) => (await import('./match.command.js')).runMatch(argv),
  },
};
