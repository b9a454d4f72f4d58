// The feature's repositories, built once per unlock from the services. Status moves go through the
// app's worker repository, so they leave the same status events as an edit of the worker file.
import { useRepository } from '../app/useRepository';
import { createCourseRepository, type CourseRepository } from '../db/repositories/courseRepository';
import { createVentureRepository, type VentureRepository } from '../db/repositories/ventureRepository';

export function useCourses(): CourseRepository {
  return useRepository((s) => createCourseRepository(s.db, s.session, s.codec, s.workers));
}

export function useVentures(): VentureRepository {
  return useRepository((s) => createVentureRepository(s.db, s.session, s.codec, s.workers));
}
