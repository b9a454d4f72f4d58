// A report screen's session: its runner (a Web Worker) reads the records once, with its progress,
// then runs report jobs with theirs. A new job supersedes the running one: its answer is dropped.
import { useEffect, useState } from 'react';
import { useRepository } from '../app/useRepository';
import { createReportAudit, type ReportAudit } from './reportAudit';
import { createReportRunner, type ReportRunner } from './reportRunner';
import type { ReportJob, ReportResult } from './reportJob';
import type { ReportFacts } from './reportSource';
import { logIfUnexpected, useErrorText } from '../ui/messages';

export function useReportAudit(): ReportAudit {
  return useRepository((s) => createReportAudit(s.db, s.session));
}

export interface ReportSession {
  runner: ReportRunner;
  data?: ReportFacts;
  /** What went wrong, as the user reads it (renderer/ui/messages.ts): never the developer's message. */
  error?: string;
  /** Share of the records read, 0..1, while reading. */
  reading?: number;
}

/** A failure goes to the console for the developer; the screen gets the mapped sentence. */
function failed(error: unknown): { failure: unknown } {
  logIfUnexpected(error);
  return { failure: error };
}

export function useReportSession(): ReportSession {
  const errorText = useErrorText();
  const runner = useRepository((s) => createReportRunner({ db: s.db, codec: s.codec, scope: s.session }));
  const [state, setState] = useState<{ data?: ReportFacts; failure?: unknown; reading?: number }>({ reading: 0 });
  useEffect(() => {
    let current = true;
    runner.load((done) => current && setState((previous) => (previous.data ? previous : { reading: done }))).then(
      (data) => current && setState({ data }),
      (error: unknown) => current && setState(failed(error)),
    );
    return () => {
      current = false;
      runner.dispose();
    };
  }, [runner]);
  const { failure, ...rest } = state;
  return { runner, ...rest, ...(failure === undefined ? {} : { error: errorText(failure) }) };
}

export interface JobState<R> {
  result?: R;
  /** Share done, 0..1, while computing. */
  progress?: number;
  error?: string;
}

export function useReportJob(runner: ReportRunner, job: ReportJob | undefined): JobState<ReportResult> {
  const errorText = useErrorText();
  // Which job the state belongs to: while a newer job runs, the previous result stays on screen.
  const [state, setState] = useState<Omit<JobState<ReportResult>, 'error'> & { job?: ReportJob; finished?: boolean; failure?: unknown }>({});
  useEffect(() => {
    if (!job) return;
    let current = true;
    runner.run(job, (done) => current && setState((previous) => ({ ...previous, job, finished: false, progress: done }))).then(
      (result) => current && setState({ job, finished: true, result }),
      (error: unknown) => current && setState({ job, finished: true, ...failed(error) }),
    );
    return () => {
      current = false;
    };
  }, [job, runner]);
  const mine = state.job === job;
  const running = job !== undefined && !(mine && state.finished);
  const failure = mine ? state.failure : undefined;
  return { result: state.result, progress: running ? (mine ? (state.progress ?? 0) : 0) : undefined, ...(failure === undefined ? {} : { error: errorText(failure) }) };
}
