// Which CV version went to the employer with a candidacy: the one named by its latest move to
// "CV inviato" (a CV sent again replaces the earlier one). Read from the stage-change events.
import { useLiveQuery } from 'dexie-react-hooks';
import type { CandidacyView } from '../../db/repositories/candidacyRepository';
import type { CvSummary } from '../../db/repositories/cvRepository';
import { useCvRepository } from '../../cv/useCvRepository';

/** The id of the CV version sent with the candidacy, if a move to "CV inviato" recorded one. */
export function sentCvId(view: Pick<CandidacyView, 'changes'>): string | undefined {
  return view.changes.filter((change) => change.to === 'cv_sent' && change.cvId).at(-1)?.cvId;
}

/** The saved CV versions sent with these candidacies, by id (versions of workers out of scope are left out). */
export function useSentCvs(views: readonly CandidacyView[] | undefined): Map<string, CvSummary> | undefined {
  const cvs = useCvRepository();
  const workerIds = [...new Set((views ?? []).filter((view) => sentCvId(view)).map((view) => view.workerId))].sort();
  return useLiveQuery(async () => {
    const lists = await Promise.all(workerIds.map((workerId) => cvs.listForWorker(workerId).catch(() => [])));
    return new Map(lists.flat().map((summary) => [summary.id, summary]));
  }, [cvs, workerIds.join(',')]);
}
