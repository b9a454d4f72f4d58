// The demo workers' profiling band (fascia di profilazione). The job centre profiles a worker when
// they declare their availability (DID), shortly before they join the PCO: the band grows with the
// distance from work, so it leans higher with age and with less schooling, as the national
// profiling model weighs them. Drawn from a stream of its own, so adding it shifted no other draw.
import { EDUCATION_LEVELS, type EducationLevel, type ProfilingBand } from '../domain/vocabulary';
import { addDays, onWorkday } from './isoDates';
import type { Random, Weighted } from './random';

export interface DemoProfiling {
  readonly profilingBand: ProfilingBand;
  readonly profilingDate: string;
}

/** Up to a diploma (IeFP included) counts as little schooling for the profiling model. */
const LOW_SCHOOLING_UP_TO = EDUCATION_LEVELS.indexOf('iefp');

/** Relative weights of low, medium, high, very high for a worker with these traits. */
function bandWeights(age: number, educationLevel: EducationLevel): Weighted<ProfilingBand> {
  const older = age >= 50 ? 2 : age >= 40 ? 1 : 0;
  const lowSchooling = EDUCATION_LEVELS.indexOf(educationLevel) <= LOW_SCHOOLING_UP_TO ? 1 : 0;
  const distance = older + lowSchooling; // 0 (young, schooled) … 3 (over 50, little schooling)
  return [
    ['low', 4 - distance],
    ['medium', 3],
    ['high', 1 + distance],
    ['veryHigh', distance],
  ];
}

/** `enrolmentDate`: the day the worker joined; the profiling is dated up to three weeks before it, on a workday. */
export function drawProfiling(random: Random, age: number, educationLevel: EducationLevel, enrolmentDate: string): DemoProfiling {
  const profilingBand = random.weighted(bandWeights(age, educationLevel));
  const earliest = addDays(enrolmentDate, -21);
  const profilingDate = onWorkday(addDays(enrolmentDate, -random.int(0, 21)), earliest, enrolmentDate);
  return { profilingBand, profilingDate };
}
