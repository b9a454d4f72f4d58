// Saves the form's values as a draft shortly after every change, and at once when the form goes
// away (a lock, a navigation). A submit cancels the pending save, so a draft never outlives the
// record it was saved into.
import { useEffect, useMemo, useRef } from 'react';
import { useServices } from '../../app/services';
import type { WorkerFormApi } from './types';

const DELAY_MS = 300;

export interface DraftControl {
  /** Forget the pending save (the values are being saved for real). */
  cancel(): void;
  /** Save the current values now (a real save failed). */
  flush(): void;
}

export function useDraftAutosave(form: WorkerFormApi, key: string): DraftControl {
  const { drafts } = useServices();
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const save = () => void drafts.save(key, form.getValues());
    const subscription = form.watch((_values, { type }) => {
      // Only user edits make a draft; programmatic resets do not.
      if (type !== 'change' && !form.formState.isDirty) return;
      clearTimeout(pending.current);
      pending.current = setTimeout(() => {
        pending.current = undefined;
        save();
      }, DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      if (pending.current !== undefined) {
        clearTimeout(pending.current);
        pending.current = undefined;
        save();
      }
    };
  }, [form, key, drafts]);

  return useMemo(
    () => ({
      cancel() {
        clearTimeout(pending.current);
        pending.current = undefined;
      },
      flush() {
        void drafts.save(key, form.getValues());
      },
    }),
    [drafts, key, form],
  );
}
