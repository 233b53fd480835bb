import { toIsoDate } from '../normalise/dates.js';
import { monthlyPayFromBaseSalary, parseHoursPerWeek } from '../normalise/pay.js';
import { isPlainObject, pruneEmpty, readPath, writePath } from './object-path.js';

const contractByEmploymentType: Record<string, string> = {
  TEMPORARY: 'fixed-term',
  INTERN: 'internship',
  SEASONAL: 'seasonal',
  CONTRACTOR: 'other',
  PER_DIEM: 'other',
  APPRENTICESHIP: 'apprenticeship',
  PERMANENT: 'permanent',
};

const first = (value: unknown): unknown => (Array.isArray(value) ? value[0] : value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined);

/** schema.org `identifier` is a string, a number or a PropertyValue; @id and url are fallbacks. */
function jobPostingId(posting: Record<string, unknown>): string | undefined {
  const identifier = first(posting.identifier);
  return text(isPlainObject(identifier) ? identifier.value : identifier) ?? text(posting['@id']) ?? text(posting.url);
}

/** Descriptions are often HTML: keep the words, drop the markup and entities that matter for matching. */
export function stripHtml(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<br\s*\/?>|<\/p>|<\/li>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

function mapLocation(posting: Record<string, unknown>): Record<string, unknown> {
  const place = first(posting.jobLocation);
  const address = isPlainObject(place) ? first(place.address) : undefined;
  const geo = isPlainObject(place) ? place.geo : undefined;
  return {
    comune: isPlainObject(address) ? text(address.addressLocality) ?? text(address.postalCode) : text(address),
    lat: isPlainObject(geo) ? Number(geo.latitude) || undefined : undefined,
    lon: isPlainObject(geo) ? Number(geo.longitude) || undefined : undefined,
    remote: posting.jobLocationType === 'TELECOMMUTE' ? true : undefined,
  };
}

function mapContract(posting: Record<string, unknown>): Record<string, unknown> {
  const types = (Array.isArray(posting.employmentType) ? posting.employmentType : [posting.employmentType]).map((t) => String(t ?? '').toUpperCase());
  const type = types.map((t) => contractByEmploymentType[t]).find((t) => t !== undefined);
  const hoursPerWeek = parseHoursPerWeek(posting.workHours);
  return { type, hoursPerWeek, monthlyGrossEur: monthlyPayFromBaseSalary(posting.baseSalary, hoursPerWeek) };
}

function mapEmployer(posting: Record<string, unknown>): Record<string, unknown> {
  const org = first(posting.hiringOrganization);
  if (!isPlainObject(org)) return { name: text(org) };
  return { name: text(org.name), taxCode: text(org.taxID) ?? text(org.vatID), id: text(org['@id']) ?? text(first(org.identifier)) };
}

const escoOccupation = /^http:\/\/data\.europa\.eu\/esco\/occupation\//;

/** Maps a schema.org JobPosting to a candidate interchange Vacancy; zod decides later whether it is valid. */
export function mapJobPosting(posting: Record<string, unknown>, fieldMapping: Record<string, string>): Record<string, unknown> {
  const description = text(posting.description);
  const occupation = text(isPlainObject(posting.occupationalCategory) ? posting.occupationalCategory.url ?? posting.occupationalCategory.codeValue : posting.occupationalCategory);
  const record: Record<string, unknown> = {
    id: jobPostingId(posting),
    title: text(posting.title),
    description: description === undefined ? undefined : stripHtml(description),
    lang: text(posting.inLanguage)?.slice(0, 2).toLowerCase(),
    occupation: occupation && escoOccupation.test(occupation) ? occupation : undefined,
    location: mapLocation(posting),
    contract: mapContract(posting),
    validFrom: toIsoDate(posting.datePosted),
    validThrough: toIsoDate(posting.validThrough),
    employer: mapEmployer(posting),
    extra: { url: text(posting.url), industry: text(posting.industry), occupationalCategory: occupation && !escoOccupation.test(occupation) ? occupation : undefined },
  };
  for (const [target, sourcePath] of Object.entries(fieldMapping)) writePath(record, target, readPath(posting, sourcePath));
  return pruneEmpty(record) as Record<string, unknown>;
}

/** True for a node typed JobPosting (the type can be a string or a list). */
export function isJobPosting(node: unknown): node is Record<string, unknown> {
  if (!isPlainObject(node)) return false;
  const type = node['@type'];
  return Array.isArray(type) ? type.includes('JobPosting') : type === 'JobPosting';
}

/** Every JobPosting in a JSON-LD value: a node, an array of nodes, or an @graph, nested any way. */
export function collectJobPostings(value: unknown, found: Record<string, unknown>[] = [], depth = 0): Record<string, unknown>[] {
  if (depth > 8) return found;
  if (Array.isArray(value)) for (const item of value) collectJobPostings(item, found, depth + 1);
  else if (isJobPosting(value)) found.push(value);
  else if (isPlainObject(value)) {
    for (const key of ['@graph', 'itemListElement', 'item', 'mainEntity']) if (key in value) collectJobPostings(value[key], found, depth + 1);
  }
  return found;
}
