// The sections of a worker file, in page order: the side index lists them, the address names the
// one open (?section=documenti, kept by the hash router across a reload). The first five are the
// form's and exist for a new file too; the others only once the file is saved.

export const FILE_SECTIONS = [
  { key: 'anagrafica', labelKey: 'worker.sections.personal', inForm: true },
  { key: 'adesione', labelKey: 'worker.sections.enrolment', inForm: true },
  { key: 'percorsi', labelKey: 'worker.sections.tracks', inForm: true },
  { key: 'profilo', labelKey: 'worker.sections.profile', inForm: true },
  { key: 'preferenze', labelKey: 'worker.sections.preferences', inForm: true },
  { key: 'colloqui', labelKey: 'casework.interviews.title', inForm: false },
  { key: 'piano', labelKey: 'casework.plan.title', inForm: false },
  { key: 'cronologia', labelKey: 'casework.timeline.title', inForm: false },
  { key: 'formazione', labelKey: 'retraining.worker.title', inForm: false },
  { key: 'cv', labelKey: 'cv.panel.title', inForm: false },
  { key: 'candidature', labelKey: 'candidacies.worker.title', inForm: false },
  { key: 'documenti', labelKey: 'documents.title', inForm: false },
  { key: 'modulistica', labelKey: 'paperwork.title', inForm: false },
  { key: 'privacy', labelKey: 'gdprPanel.title', inForm: false },
] as const;

export type FileSectionKey = (typeof FILE_SECTIONS)[number]['key'];

const KEYS: ReadonlySet<string> = new Set(FILE_SECTIONS.map((section) => section.key));

/** The section an address names, or undefined for none or one that does not exist. */
export function sectionOf(value: string | null): FileSectionKey | undefined {
  return value !== null && KEYS.has(value) ? (value as FileSectionKey) : undefined;
}

/** The sections a file shows: the form's only while it is new. */
export function sectionsOf(saved: boolean) {
  return FILE_SECTIONS.filter((section) => saved || section.inForm);
}

/** The id of a section's element on the page. */
export const sectionElementId = (key: FileSectionKey) => `sezione-${key}`;
