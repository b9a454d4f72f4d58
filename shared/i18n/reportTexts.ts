// The part of the app catalogue the report labels read (shared/reports/labels.ts, reportSheets.ts),
// built from the same objects the app mounts, and a small lookup over it for programs without
// i18next (the headless `pco report`): dotted keys, `{{name}}` placeholders, the key itself when
// missing, as i18next does. No plurals or nesting: the report labels use neither.
import type { Translate } from '../reports/types';
import { candidacyStageEn, candidacyStageIt, interviewTypeEn, interviewTypeIt } from './activityLabels';
import { ATECO_SECTIONS_EN, ATECO_SECTIONS_IT } from './atecoSections';
import { reportsEn, reportsIt } from './reports';
import { vocabEn, vocabIt } from './vocab';

export type ReportLanguage = 'it' | 'en';

export function reportTexts(language: ReportLanguage) {
  const it = language === 'it';
  return {
    reports: it ? reportsIt : reportsEn,
    vocab: it ? vocabIt : vocabEn,
    casework: { interviewType: it ? interviewTypeIt : interviewTypeEn },
    candidacies: { stage: it ? candidacyStageIt : candidacyStageEn },
    employers: { ateco: it ? ATECO_SECTIONS_IT : ATECO_SECTIONS_EN },
  };
}

type Texts = { readonly [key: string]: string | Texts };

export function catalogueTranslate(catalogue: Texts): Translate {
  return (key, options) => {
    let node: string | Texts | undefined = catalogue;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') return key;
    return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (options && name in options ? String(options[name]) : whole));
  };
}

/** The report labels in Italian (the default) or English. */
export const reportTranslate = (language: ReportLanguage = 'it'): Translate => catalogueTranslate(reportTexts(language));
