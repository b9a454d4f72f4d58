// Loading the report input once per screen, and running report jobs in the Web Worker with their
// progress. A new request supersedes the running one: its answer is dropped.
import { useEffect, useMemo, useState } from 'react';
import { useRepository } from '../app/useRepository';
import { createReportReader, type ReportData, type ReportReader } from './reportReader';
import { createReportRunner } from './reportRunner';
import type { ReportJob, ReportResult } from './reportJob';

export function useReportReader(): ReportReader {
  return useRepository((s) => createReportReader(s.db, s.session, s.codec, s.workers));
}

export function useReportData(reader: ReportReader): { data?: ReportData; error?: string } {
  const [state, setState] = useState<{ data?: ReportData; error?: string }>({});
  useEffect(() => {
    let current = true;
    reader.load().then(
      (data) => current && setState({ data }),
      (error: unknown) => current && setState({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [reader]);
  return state;
}

type Job = ReportJob;

export interface JobState<R> {
  result?: R;
  /** Share done, 0..1, while computing. */
  progress?: number;
  error?: string;
}

export function useReportJob(job: Job | undefined): JobState<ReportResult> {
  const runner = useMemo(() => createReportRunner(), []);
  useEffect(() => () => runner.dispose(), [runner]);
  // Which job the state belongs to: while a newer job runs, the previous result stays on screen.
  const [state, setState] = useState<JobState<ReportResult> & { job?: Job; finished?: boolean }>({});
  useEffect(() => {
    if (!job) return;
    let current = true;
    runner.run(job, (done) => current && setState((previous) => ({ ...previous, job, finished: false, progress: done }))).then(
      (result) => current && setState({ job, finished: true, result }),
      (error: unknown) => current && setState({ job, finished: true, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
  }, [job, runner]);
  const mine = state.job === job;
  const running = job !== undefined && !(mine && state.finished);
  return { result: state.result, progress: running ? (mine ? (state.progress ?? 0) : 0) : undefined, error: mine ? state.error : undefined };
}
