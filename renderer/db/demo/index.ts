// The demo programme's year of activity, loaded after its workers: employers' offers and contacts,
// candidacies through to hiring, interviews and action plans, courses and ventures, CVs. Each
// generator is seeded, so the same demo always holds the same activity.
import type { DemoProgramme } from '../../../shared/demo/types';
import { generateEmployers } from '../../../shared/demo/activity/employers';
import { generateCandidacies } from '../../../shared/demo/activity/candidacies';
import { generateCasework } from '../../../shared/demo/activity/casework';
import { generateRetraining } from '../../../shared/demo/activity/retraining';
import { generateCv } from '../../../shared/demo/activity/cv';
import type { PcoDatabase } from '../database';
import type { RecordCodec } from '../codec';
import type { Session } from '../session';
import { loadEmployers } from './employers';
import { loadCandidacies } from './candidacies';
import { loadCasework } from './casework';
import { loadRetraining } from './retraining';
import { loadCv } from './cv';

export const ACTIVITY_STEPS = ['employers', 'candidacies', 'casework', 'retraining', 'cv'] as const;
export type ActivityStep = (typeof ACTIVITY_STEPS)[number];

export async function loadDemoActivity(db: PcoDatabase, codec: RecordCodec, session: Session, demo: DemoProgramme, onStep: (step: ActivityStep, index: number) => void = () => {}): Promise<void> {
  const seed = demo.seed;
  onStep('employers', 0);
  const employers = generateEmployers(demo, seed);
  await loadEmployers(db, codec, session, employers);
  onStep('candidacies', 1);
  await loadCandidacies(db, codec, session, generateCandidacies(demo, seed, employers));
  onStep('casework', 2);
  await loadCasework(db, codec, session, generateCasework(demo, seed));
  onStep('retraining', 3);
  await loadRetraining(db, codec, session, generateRetraining(demo, seed));
  onStep('cv', 4);
  await loadCv(db, codec, session, generateCv(demo, seed));
}
