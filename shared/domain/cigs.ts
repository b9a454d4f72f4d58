// A period of CIGS (cassa integrazione guadagni straordinaria), the wage guarantee the programme's
// workers draw: on the programme for everyone, on a worker's file where theirs differs. Apart from
// the worker file so that the programme's schema does not bring the codice fiscale checks (and their
// table of comuni) wherever it is read, the lock screen included.
import { z } from 'zod';
import { isoDateSchema } from './primitives';
import { cigsCauseSchema } from './vocabulary';

export const cigsPeriodSchema = z
  .object({
    start: isoDateSchema,
    end: isoDateSchema,
    cause: cigsCauseSchema,
  })
  .refine((p) => p.end >= p.start, { error: 'validation.periodEndBeforeStart', path: ['end'] });
export type CigsPeriod = z.infer<typeof cigsPeriodSchema>;
