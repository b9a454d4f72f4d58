import type { WorkerRecord } from '../db/rows';
import { InterviewsSection } from './InterviewsSection';
import { ActionPlanSection } from './ActionPlanSection';
import { WorkerTimeline } from './WorkerTimeline';

/** Interviews, action plan and timeline of a worker, shown in the worker file. */
export function WorkerCaseWork({ worker }: { worker: WorkerRecord }) {
  return (
    <>
      <InterviewsSection worker={worker} />
      <ActionPlanSection worker={worker} />
      <WorkerTimeline workerId={worker.id} />
    </>
  );
}
