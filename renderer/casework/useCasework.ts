// The feature's repositories and readers, built once per unlock from the services. Skills and
// scope go through the app's worker repository, so every change keeps its HLC and audit.
import { useRepository } from '../app/useRepository';
import { createInterviewRepository, type InterviewRepository } from '../db/repositories/interviewRepository';
import { createActionPlanRepository, type ActionPlanRepository } from '../db/repositories/actionPlanRepository';
import { createTimelineReader, type TimelineReader } from './timelineReader';

export function useInterviews(): InterviewRepository {
  return useRepository((s) => createInterviewRepository(s.db, s.session, s.codec, s.workers));
}

export function useActionPlans(): ActionPlanRepository {
  return useRepository((s) => createActionPlanRepository(s.db, s.session, s.codec, s.workers));
}

export function useTimeline(): TimelineReader {
  return useRepository((s) => createTimelineReader(s.db, s.codec, s.workers));
}
