// Runs a matching job whenever its inputs change and exposes the progressively merged result.
import { useEffect, useState } from 'react';
import { startMatch, type MatchProgress } from './matchClient';
import type { MatchJob } from './matchJob';

export function useMatch(job: MatchJob | undefined): MatchProgress | undefined {
  // Progress is kept with the job it belongs to, so a new job never shows the last one's result.
  const [state, setState] = useState<{ job: MatchJob; progress: MatchProgress }>();
  useEffect(() => {
    if (!job) return;
    const running = startMatch(job, (progress) => setState({ job, progress }));
    return () => running.cancel();
  }, [job]);
  return state && state.job === job ? state.progress : undefined;
}
