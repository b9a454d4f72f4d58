// One action at a time per section (make a PDF, attach a scan): busy while it runs, then what it
// did or why it failed, for the section's status line and error banner.
import { useCallback, useState } from 'react';

export interface SectionAction {
  readonly busy: boolean;
  readonly failure: unknown;
  readonly message: string | null;
  /** Runs `work`; its result (a sentence or null) becomes the message; a throw becomes the failure. */
  readonly run: (work: () => Promise<string | null>) => Promise<void>;
}

export function useSectionAction(): SectionAction {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [message, setMessage] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<string | null>) => {
    setBusy(true);
    setFailure(null);
    setMessage(null);
    try {
      setMessage(await work());
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, failure, message, run };
}
