// Demo CV versions: the counselors of the relocation and outplacement tracks send an
// anonymised CV first (the first proposal to an employer), then, for about half of those workers,
// a full one once an employer wants to meet them; a few graduates also get an English CV. Every
// version is dated after the worker joined and before they left the programme. Only the choices
// are generated here; the loader writes each version's content from the worker file, as the app
// does when the counselor presses "Crea CV". Pure and seeded.
import type { CvLanguage, CvVariant } from '../../cv/content';
import { newCvReference } from '../../cv/reference';
import type { EducationLevel } from '../../domain/vocabulary';
import { LEAVING_STATUSES } from '../../domain/vocabulary';
import { calendarOf } from '../calendar';
import { addDays, earlierOf, randomDateBetween } from '../isoDates';
import { Random } from '../random';
import type { DemoProgramme, DemoWorker } from '../types';
import { uuidV7OnDate } from '../uuid';

export interface DemoCv {
  id: string;
  workerId: string;
  /** The worker's counselor, who prepared it. */
  counselorId: string;
  createdOn: string;
  variant: CvVariant;
  language: CvLanguage;
  reference: string;
}

const CV_TRACKS = new Set(['relocation', 'outplacement', 'reindustrialisation']);
const GRADUATE: readonly EducationLevel[] = ['its', 'bachelor', 'master', 'afam', 'doctorate'];
/** Share of the workers on those tracks proposed anonymously to at least one employer. */
const PROPOSED_SHARE = 0.55;
/** Share of those whom an employer then asked to meet (full CV). */
const FULL_SHARE = 0.5;

/** Last day the worker was in the programme: the day they left, or the anchor day. */
function lastActiveDay(worker: DemoWorker, anchor: string): string {
  const leaving = worker.statusHistory.find((change) => LEAVING_STATUSES.includes(change.to));
  return leaving ? earlierOf(leaving.occurredOn, anchor) : anchor;
}

/** CV work starts after the intake interviews, at the earliest on the first working days after the closure (7 January 2019). */
const FIRST_CV_DAY = '2019-01-07';

export function generateCv(demo: DemoProgramme, seed: number): DemoCv[] {
  const random = new Random(seed, 'demo-cv');
  const calendar = calendarOf(demo);
  const firstCvDay = calendar.afterClosure(FIRST_CV_DAY);
  const used = new Set<string>();
  const reference = () => {
    for (;;) {
      const code = newCvReference((length) => random.bytes(length));
      if (!used.has(code)) {
        used.add(code);
        return code;
      }
    }
  };
  const cvs: DemoCv[] = [];
  for (const entry of demo.workers) {
    const { worker } = entry;
    const tracks = [worker.primaryTrack, ...worker.secondaryTracks];
    if (!tracks.some((track) => CV_TRACKS.has(track)) || !random.chance(PROPOSED_SHARE)) continue;
    const from = addDays(entry.createdOn > firstCvDay ? entry.createdOn : firstCvDay, 14);
    const until = lastActiveDay(entry, calendar.anchor);
    if (from > until) continue;
    const add = (createdOn: string, variant: CvVariant, language: CvLanguage) =>
      cvs.push({ id: uuidV7OnDate(createdOn, random), workerId: entry.id, counselorId: worker.counselorId, createdOn, variant, language, reference: reference() });

    const first = randomDateBetween(random, from, until);
    add(first, 'anonymous', 'it');
    if (!random.chance(FULL_SHARE)) continue;
    const full = randomDateBetween(random, addDays(first, 3), earlierOf(addDays(first, 60), until));
    if (full > until) continue;
    add(full, 'full', 'it');
    if (GRADUATE.includes(worker.educationLevel) && random.chance(0.3)) add(full, 'full', 'en');
  }
  return cvs.sort((a, b) => a.createdOn.localeCompare(b.createdOn) || a.id.localeCompare(b.id));
}
