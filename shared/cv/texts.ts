// The words a CV is made of, handed in by the renderer from its i18n catalogue (`cv.*` for the
// CV's own texts, `vocab.*` for codes), so this folder stays free of i18next. Templates use the
// catalogue's `{{name}}` placeholders; `fill` replaces them.
import type { CEFR_LEVELS, ContractType, EducationLevel, Licence, Shift, Track } from '../domain/vocabulary';
import type { CvSectionKey } from './content';

type CefrLevel = (typeof CEFR_LEVELS)[number];

export interface CvVocabulary {
  readonly track: Readonly<Record<Track, string>>;
  readonly education: Readonly<Record<EducationLevel, string>>;
  readonly licence: Readonly<Record<Licence, string>>;
  readonly contract: Readonly<Record<ContractType, string>>;
  readonly shift: Readonly<Record<Shift, string>>;
  readonly level: Readonly<Record<CefrLevel, string>>;
}

/** Left-column labels of the generated lines. */
export interface CvLineLabels {
  readonly address: string;
  readonly phone: string;
  readonly email: string;
  readonly birthDate: string;
  readonly reference: string;
  readonly residenceArea: string;
  readonly contact: string;
  readonly desiredRole: string;
  readonly track: string;
  readonly contracts: string;
  readonly shifts: string;
  readonly availability: string;
  readonly commute: string;
  readonly dates: string;
  readonly position: string;
  readonly department: string;
  readonly employer: string;
  readonly sector: string;
  readonly educationLevel: string;
  readonly motherTongue: string;
  readonly drivingLicences: string;
  readonly workLicences: string;
  readonly skills: string;
}

/** Texts of generated values; the ones with placeholders are templates. */
export interface CvValueTexts {
  readonly contactThroughCounselor: string;
  /** {{name}}, {{sigla}} */
  readonly province: string;
  /** {{date}} */
  readonly availableFrom: string;
  readonly availableNow: string;
  /** {{km}} */
  readonly commuteKm: string;
  readonly plantEmployer: string;
  readonly plantSector: string;
  /** The plant in an anonymised CV that does not name it. */
  readonly plantEmployerGeneral: string;
  readonly plantSectorGeneral: string;
  /** {{from}}, {{to}}, {{years}} (the `yearsOne` / `yearsMany` text) */
  readonly plantPeriod: string;
  readonly yearsOne: string;
  /** {{count}} */
  readonly yearsMany: string;
  /** {{to}} */
  readonly plantUntil: string;
  /** {{from}}, {{to}}: years of service as a range in an anonymised CV */
  readonly yearsRange: string;
  /** {{count}} */
  readonly yearsFewerThan: string;
  /** {{count}} */
  readonly yearsMoreThan: string;
  /** {{title}}, {{provider}}, {{hours}} */
  readonly course: string;
  /** {{title}}, {{provider}} */
  readonly courseNoHours: string;
  /** {{qualification}} */
  readonly qualification: string;
  readonly certificate: string;
  /** {{level}} */
  readonly cefr: string;
  /** {{role}}, {{years}} (the `yearsOne` / `yearsMany` text) */
  readonly summaryYears: string;
  /** {{role}} */
  readonly summaryNoYears: string;
  /** {{role}}, {{years}}: without naming the plant's products */
  readonly summaryYearsGeneral: string;
  /** {{role}} */
  readonly summaryNoYearsGeneral: string;
  /** {{skills}} */
  readonly summarySkills: string;
}

export interface CvContentTexts {
  readonly lines: CvLineLabels;
  readonly values: CvValueTexts;
  /** Language names as workers' files hold them (Italian, lower case) → the CV's language. */
  readonly languageNames: Readonly<Record<string, string>>;
}

/** What `cvContentFromWorker` needs to speak the CV's language. */
export interface CvTexts {
  readonly content: CvContentTexts;
  readonly vocab: CvVocabulary;
}

/** Fixed texts of the PDF page around the content. */
export interface CvPdfLabels {
  readonly documentTitle: string;
  readonly sections: Readonly<Record<CvSectionKey | 'summary', string>>;
  /** {{reference}} */
  readonly reference: string;
  /** {{date}} */
  readonly preparedOn: string;
  /** {{page}}, {{pages}} */
  readonly page: string;
  readonly anonymousNotice: string;
  readonly privacyConsent: string;
}

/** Replaces `{{name}}` placeholders; unknown ones are left as they are, so a typo shows. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
