// Saves the form's values as a draft shortly after every change.
import { useEffect } from 'react';
import { useServices } from '../../app/services';
import type { WorkerFormApi } from './types';

const DELAY_MS = 300;

export function useDraftAutosave(form: WorkerFormApi, key: string): void {
  const { drafts } = useServices();
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = form.watch((values, { type }) => {
      // Only user edits make a draft; programmatic resets do not.
      if (type !== 'change' && !form.formState.isDirty) return;
      clearTimeout(timer);
      timer = setTimeout(() => void drafts.save(key, values), DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      subscription.unsubscribe();
    };
  }, [form, key, drafts]);
}
