// The course repository's tests share one coordinator laptop and one course: welding, under way
// on the tests' day.
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import { coordinatorFixture } from '../testing';
import type { WorkerRepository } from './workerRepository';
import { createCourseRepository, type CourseInput, type CourseRepository } from './courseRepository';

export const COURSE_TEST_DAY = '2019-05-20';

export const WELDING_COURSE: CourseInput = {
  provider: 'Formetica Valdarno',
  title: 'Saldatura TIG e MIG/MAG',
  hours: 40,
  startDate: '2019-05-06',
  endDate: '2019-06-28',
  funding: 'regional_voucher',
  qualification: 'Saldatore (EQF 3)',
  teachesSkills: ['saldatura TIG'],
  teachesLicences: ['welding'],
};

export interface CourseLaptop {
  readonly db: PcoDatabase;
  readonly codec: RecordCodec;
  readonly workers: WorkerRepository;
  readonly courses: CourseRepository;
}

/** A new programme on the coordinator's laptop; `today` is asked each time the repository needs it. */
export async function coordinatorCourseLaptop(today: () => string = () => COURSE_TEST_DAY): Promise<CourseLaptop> {
  const { db, codec, session, workers } = await coordinatorFixture();
  return { db, codec, workers, courses: createCourseRepository(db, session, codec, workers, today) };
}
