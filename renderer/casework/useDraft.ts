// A form's unsaved values kept as a sealed draft: written shortly after each edit and at once
// when the form goes away (lock, navigation), so nothing typed is lost; restored on the next visit.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { useServices } from '../app/services';

const DELAY_MS = 300;

/** The stored draft, once read: `undefined` while reading, `null` when there is none. */
export function useStoredDraft<T>(key: string): T | null | undefined {
  const { drafts } = useServices();
  const [draft, setDraft] = useState<{ key: string; value: T | null }>();
  useEffect(() => {
    let cancelled = false;
    void drafts.load(key).then((value) => {
      if (!cancelled) setDraft({ key, value: (value as T | undefined) ?? null });
    });
    return () => {
      cancelled = true;
    };
  }, [drafts, key]);
  return draft?.key === key ? draft.value : undefined;
}

export interface DraftSaver {
  /**
   * The values are being saved for real: drop the pending write and the stored draft. Called
   * before the save, so a form that closes on success leaves no write behind to race the delete.
   */
  discard(): Promise<void>;
  /** The real save was refused: keep the values as a draft again. */
  flush(): void;
}

export function useDraftSaver<T extends FieldValues, O>(form: UseFormReturn<T, unknown, O>, key: string): DraftSaver {
  const { drafts } = useServices();
  const pending = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    const write = () => void drafts.save(key, form.getValues());
    const subscription = form.watch((_values, { type }) => {
      if (type !== 'change' && !form.formState.isDirty) return;
      clearTimeout(pending.current);
      pending.current = setTimeout(() => {
        pending.current = undefined;
        write();
      }, DELAY_MS);
    });
    return () => {
      subscription.unsubscribe();
      if (pending.current === undefined) return;
      clearTimeout(pending.current);
      pending.current = undefined;
      write();
    };
  }, [form, key, drafts]);
  return useMemo(
    () => ({
      async discard() {
        clearTimeout(pending.current);
        pending.current = undefined;
        await drafts.discard(key);
      },
      flush() {
        void drafts.save(key, form.getValues());
      },
    }),
    [drafts, key, form],
  );
}
