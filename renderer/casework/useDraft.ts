// Reading back a form's stored draft (written by renderer/ui/useFormDraft), for forms that open
// with it instead of their record.
import { useEffect, useState } from 'react';
import { useServices } from '../app/services';


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
