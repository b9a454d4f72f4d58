// Keeps the CV under review as a sealed draft, so a lock, a reload or a crash never loses the
// edits: saved shortly after each change and at once when the editor goes away.
import { useEffect, useMemo, useRef } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CvContent } from '../../shared/cv/content';
import { useServices } from '../app/services';

const DELAY_MS = 300;

export const cvDraftKey = (workerId: string) => `cv:${workerId}`;

export function useCvDraft(form: UseFormReturn<CvContent>, key: string): { cancel(): void } {
  const { drafts } = useServices();
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const save = () => void drafts.save(key, form.getValues());
    const subscription = form.watch(() => {
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
    }),
    [],
  );
}
