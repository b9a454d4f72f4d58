// How a saved version is named on screen: date, variant, language, reference.
import { format, parseISO } from 'date-fns';
import type { TFunction } from 'i18next';
import type { CvSummary } from '../db/repositories/cvRepository';

export function savedAt(summary: Pick<CvSummary, 'createdAt'>): string {
  return format(parseISO(summary.createdAt), 'dd/MM/yyyy HH:mm');
}

export function describeVersion(t: TFunction, summary: CvSummary): string {
  return t('cv.select.option', {
    date: savedAt(summary),
    variant: t(`cv.screen.variants.${summary.variant}`),
    language: t(`cv.screen.languages.${summary.language}`),
    reference: summary.reference,
  });
}
