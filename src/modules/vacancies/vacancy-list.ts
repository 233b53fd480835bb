import type { DomainEvents } from '../../platform/domain-events.js';
import { ListMirror } from '../../platform/lists/list-mirror.js';
import { toPage, type Page } from '../../platform/pagination.js';
import { cursorObjectId } from './vacancy.repository.js';
import { vacancyListSource, type ListedVacancy } from './vacancy-list.repository.js';
import type { Vacancy, VacancyListQuery } from './vacancy-api.schema.js';

/** The same test as the database filter in listVacancies (vacancy.repository.ts), field by field. */
function matcherOf(query: VacancyListQuery): (item: ListedVacancy) => boolean {
  return ({ vacancy, occupation }) =>
    (!query.province || vacancy.location?.provinceAbbrev === query.province) &&
    (!query.status || vacancy.status === query.status) &&
    (!query.occupation || occupation === query.occupation) &&
    (!query.employer || vacancy.employerId === query.employer) &&
    (!query.source || vacancy.source === query.source);
}

/** Vacancy list pages from an in-process mirror kept in step by this process's vacancy events. */
export function createVacancyList(events: DomainEvents) {
  const mirror = new ListMirror(vacancyListSource).follow(events, 'vacancy.saved', 'vacancy.removed');
  return {
    listVacancies: async (query: VacancyListQuery): Promise<Page<Vacancy>> => {
      if (query.cursor) cursorObjectId(query.cursor.id);
      const rows = await mirror.page(query, matcherOf(query));
      return toPage(rows.map((row) => row.vacancy), query.limit);
    },
    refresh: (): Promise<void> => mirror.refresh(),
    load: (): Promise<void> => mirror.rebuild(),
  };
}
