// The words of a CV in the CV's own language, taken from the app catalogues (`cv.*`, `vocab.*`)
// rather than from i18next's current language: an English CV can be made from the Italian UI.
import type { CvLanguage } from '../../shared/cv/content';
import type { CvPdfLabels, CvTexts } from '../../shared/cv/texts';
import { it } from '../i18n/it';
import { en } from '../i18n/en';

const catalogue = (language: CvLanguage) => (language === 'en' ? en : it);

export function cvTexts(language: CvLanguage): CvTexts {
  const { cv, vocab } = catalogue(language);
  return { content: cv.content, vocab };
}

export function cvPdfLabels(language: CvLanguage): CvPdfLabels {
  return catalogue(language).cv.pdf;
}
