// Keeps the CV under review as a sealed draft, so a lock, a reload or a crash never loses the
// edits: saved shortly after each change and at once when the editor goes away.
import type { UseFormReturn } from 'react-hook-form';
import type { CvContent } from '../../shared/cv/content';
import { useFormDraft, type FormDraft } from '../ui/useFormDraft';

export const cvDraftKey = (workerId: string) => `cv:${workerId}`;

export function useCvDraft(form: UseFormReturn<CvContent>, key: string): FormDraft {
  return useFormDraft(form, key);
}
