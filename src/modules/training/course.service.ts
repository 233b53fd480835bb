import { ConflictError, NotFoundError, UnavailableError, ValidationError, type FieldIssue } from '../../platform/errors.js';
import type { Logger } from '../../platform/logger.js';
import type { ReferenceData } from '../reference/reference-data.js';
import type { TaxonomyIndex } from '../taxonomy/taxonomy.types.js';
import { FeedFetchError, PageFetcher } from '../ingestion/fetch/page-fetcher.js';
import type { FeedAddressGuard } from '../ingestion/fetch/feed-address-guard.js';
import { fetchPolicySchema } from '../ingestion/source.schema.js';
import type { CourseInput } from './course.schema.js';
import type { Course } from './course.types.js';
import { parseCourseFile } from './course-import.js';
import * as repository from './course.repository.js';

export interface CourseServiceDeps {
  reference: Pick<ReferenceData, 'resolveComune'>;
  taxonomy: Pick<TaxonomyIndex, 'getSkill'>;
  logger: Logger;
  /** Told after every write, so in-memory catalogues (recommendations) reload. */
  onChange?: () => void;
  /** Which addresses catalogue feeds may be fetched from (FEED_ALLOWED_HOSTS). */
  feedGuard: FeedAddressGuard;
}

/** The training catalogue: checked against ESCO and the comuni table before anything is stored. */
export class CourseService {
  constructor(private readonly deps: CourseServiceDeps) {}

  /** Resolves the comune and checks every skill URI; throws a ValidationError listing each problem. */
  prepare(input: CourseInput, at = ''): Course {
    const issues: FieldIssue[] = [];
    const prefix = at ? `${at}.` : '';
    input.skills.forEach((uri, i) => {
      if (!this.deps.taxonomy.getSkill(uri)) issues.push({ path: `${prefix}skills.${i}`, message: 'not an ESCO skill URI' });
    });
    const comune = input.location.comune ? this.deps.reference.resolveComune(input.location.comune)?.comune : undefined;
    if (input.location.comune && !comune) issues.push({ path: `${prefix}location.comune`, message: 'unknown comune' });
    if (issues.length > 0) throw new ValidationError('Invalid course', issues);
    const place = comune ? { istat: comune.istat, lat: comune.lat, lon: comune.lon, province: comune.provinceAbbrev } : undefined;
    return { ...input, ...(place ? { place } : {}) };
  }

  async create(input: CourseInput): Promise<Course> {
    const course = this.prepare(input);
    if (await repository.findCourse(course.id)) throw new ConflictError(`Course ${course.id} already exists`, { id: course.id });
    await repository.insertCourse(course);
    this.deps.onChange?.();
    return course;
  }

  async replace(input: CourseInput): Promise<Course> {
    const course = this.prepare(input);
    if (!(await repository.replaceCourse(course))) throw new NotFoundError('Course', course.id);
    this.deps.onChange?.();
    return course;
  }

  async get(id: string): Promise<Course> {
    const course = await repository.findCourse(id);
    if (!course) throw new NotFoundError('Course', id);
    return course;
  }

  async remove(id: string): Promise<void> {
    if (!(await repository.deleteCourse(id))) throw new NotFoundError('Course', id);
    this.deps.onChange?.();
  }

  list(filter: { province?: string; skill?: string; kind?: string; limit?: number }): Promise<Course[]> {
    return repository.listCourses(filter);
  }

  listAll(): Promise<Course[]> {
    return repository.listCourses({});
  }

  /** All or nothing: a file with any bad row is refused whole, so a half-imported catalogue never appears. */
  async importFile(format: 'json' | 'jsonl' | 'csv', content: string): Promise<{ imported: number }> {
    const parsed = parseCourseFile(format, content);
    const issues: FieldIssue[] = parsed.errors.map((e) => ({ path: `line ${e.line}: ${e.path}`, message: e.message }));
    const prepared: Course[] = [];
    parsed.courses.forEach((input, i) => {
      try {
        prepared.push(this.prepare(input, `row ${i + 1}`));
      } catch (err) {
        if (!(err instanceof ValidationError)) throw err;
        issues.push(...err.issues);
      }
    });
    if (issues.length > 0) throw new ValidationError('Invalid course file', issues.slice(0, 50));
    if (prepared.length === 0) throw new ValidationError('Invalid course file', [{ path: '(file)', message: 'no courses found' }]);
    await this.store(prepared);
    return { imported: prepared.length };
  }

  /** Stores a trusted catalogue (the demo seed) in one write, each course checked as `prepare` checks it. */
  async upsertAll(inputs: readonly CourseInput[]): Promise<number> {
    const prepared = inputs.map((input) => this.prepare(input));
    await this.store(prepared);
    return prepared.length;
  }

  private async store(prepared: readonly Course[]): Promise<void> {
    await repository.upsertCourses(prepared);
    this.deps.onChange?.();
  }

  /** Pulls a provider's catalogue with the ingestion module's fetcher (timeouts, retries, size cap). */
  async importFeed(url: string, format: 'json' | 'jsonl' | 'csv'): Promise<{ imported: number }> {
    const fetcher = new PageFetcher(fetchPolicySchema.parse({ retries: 2, maxBytes: 20_000_000 }), 2, this.deps.feedGuard);
    // A refused address is already a validation error on `url`; an unreachable feed is the provider's outage.
    const page = await fetcher.fetch({ url, headers: {}, stream: false }).catch((err: unknown) => {
      throw err instanceof FeedFetchError ? new UnavailableError(`Course feed could not be fetched: ${err.message}`) : err;
    });
    if (page.kind !== 'text') throw new ValidationError('Course feed returned no content', [{ path: 'url', message: page.kind }]);
    const result = await this.importFile(format, page.text);
    this.deps.logger.info({ imported: result.imported }, 'course feed imported');
    return result;
  }
}
