// Keeps a form's values as a sealed draft shortly after every edit, and at once when the form goes
// away (a lock, a navigation); a submit cancels the pending save so no draft outlives its record.
// The one draft mechanism of every form (workers, employers, offers, courses, ventures, interviews,
// action plans, CVs).
import { useEffect, useMemo, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useServices } from '../app/services';

const DELAY_MS = 300;

export interface FormDraft {
  /** Forget the pending save (the values are being saved for real). */
  cancel(): void;
  /** Save the current values now (a real save was refused). */
  flush(): void;
  /** The values were saved for real: drop the pending write and the stored draft. */
  discard(): Promise<void>;
}

export function useFormDraft<Input extends FieldValues, Output>(form: UseFormReturn<Input, unknown, Output>, key: string): FormDraft {
  const { drafts } = useServices();
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const save = () => void drafts.save(key, form.getValues());
    const subscription = form.watch((_values, { type }) => {
      if (type !== 'change' && !form.formState.isDirty) return; // programmatic resets make no draft
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
      async discard() {
        clearTimeout(pending.current);
        pending.current = undefined;
        await drafts.discard(key);
      },
    }),
    [drafts, key, form],
  );
}
