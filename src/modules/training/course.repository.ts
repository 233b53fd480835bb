import { CourseModel, type CourseDocument } from './course.model.js';
import type { Course } from './course.types.js';
import { bulkWriteInChunks } from '../../platform/db/chunked-bulk-write.js';

function toCourse(doc: CourseDocument): Course {
  const { _id, updatedAt: _updatedAt, place, location, ...rest } = doc as CourseDocument & { _id: string };
  const course = { id: _id, ...rest, location: { online: location?.online ?? false, ...(location?.comune ? { comune: location.comune } : {}) } } as Course;
  if (place?.istat) course.place = place as Course['place'];
  for (const key of Object.keys(course) as (keyof Course)[]) if (course[key] === null || course[key] === undefined) delete course[key];
  return course;
}

const toDocument = ({ id, ...rest }: Course, updatedAt: Date) => ({ _id: id, ...rest, updatedAt });

export async function upsertCourses(courses: readonly Course[], updatedAt = new Date()): Promise<void> {
  if (courses.length === 0) return;
  await bulkWriteInChunks(
    CourseModel,
    courses.map((c) => ({ replaceOne: { filter: { _id: c.id }, replacement: toDocument(c, updatedAt), upsert: true } })),
  );
}

export async function insertCourse(course: Course): Promise<void> {
  await CourseModel.create(toDocument(course, new Date()));
}

export async function replaceCourse(course: Course): Promise<boolean> {
  const result = await CourseModel.replaceOne({ _id: course.id }, toDocument(course, new Date()));
  return result.matchedCount > 0;
}

export async function findCourse(id: string): Promise<Course | undefined> {
  const doc = await CourseModel.findById(id).lean<CourseDocument>();
  return doc ? toCourse(doc) : undefined;
}

export async function deleteCourse(id: string): Promise<boolean> {
  return (await CourseModel.deleteOne({ _id: id })).deletedCount > 0;
}

export async function listCourses(filter: { province?: string; skill?: string; kind?: string; limit?: number }): Promise<Course[]> {
  const query: Record<string, string> = {};
  if (filter.province) query['place.province'] = filter.province;
  if (filter.skill) query.skills = filter.skill;
  if (filter.kind) query.kind = filter.kind;
  const docs = await CourseModel.find(query).sort({ startDate: 1, _id: 1 }).limit(filter.limit ?? 0).lean<CourseDocument[]>();
  return docs.map(toCourse);
}

export async function countCourses(): Promise<number> {
  return CourseModel.countDocuments();
}
