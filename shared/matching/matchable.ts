// Who is matched at all: workers still looking for work; placed, retired or withdrawn ones are not.
import type { WorkerStatus } from '../domain/vocabulary';

export const MATCHABLE_STATUSES: readonly WorkerStatus[] = ['active', 'in_training'];
