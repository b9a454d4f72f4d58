import type { WorkerRecord } from '../db/rows';
import { FileSection } from '../workers/FileSection';
import { InterviewsSection } from './InterviewsSection';
import { ActionPlanSection } from './ActionPlanSection';
import { WorkerTimeline } from './WorkerTimeline';

/** Interviews, action plan and timeline (the file's one history) of a worker, shown in the worker file. */
export function WorkerCaseWork({ worker }: { worker: WorkerRecord }) {
  return (
    <>
      <FileSection section="colloqui">
        <InterviewsSection worker={worker} />
      </FileSection>
      <FileSection section="piano">
        <ActionPlanSection worker={worker} />
      </FileSection>
      <FileSection section="cronologia">
        <WorkerTimeline workerId={worker.id} />
      </FileSection>
    </>
  );
}
