// Every field of the worker file, in the form's sections, with its label and a human value.
// The mapped type lists each key of Worker: a field added to the schema does not compile until
// the subject-access export shows it, so the export can never silently omit personal data.
import type { Worker } from '../domain/worker';
import {
  displayBoolean,
  displayCode,
  displayCodes,
  displayCounselor,
  displayDate,
  displayList,
  displayNumber,
  displayPlace,
  displayText,
  type DisplayContext,
} from './display';

interface FieldView {
  /** Catalogue key of the field's label (the form's own labels). */
  labelKey: string;
  value: (worker: Worker, context: DisplayContext) => string;
}

/** CIGS periods are a table of their own; every other field is one labelled value. */
type ScalarField = Exclude<keyof Worker, 'cigsPeriods'>;

const FIELD_VIEWS: { readonly [K in ScalarField]-?: FieldView } = {
  surname: { labelKey: 'worker.fields.surname', value: (w) => displayText(w.surname) },
  name: { labelKey: 'worker.fields.name', value: (w) => displayText(w.name) },
  codiceFiscale: { labelKey: 'worker.fields.codiceFiscale', value: (w) => displayText(w.codiceFiscale) },
  birthDate: { labelKey: 'worker.fields.birthDate', value: (w) => displayDate(w.birthDate) },
  sex: { labelKey: 'worker.fields.sex', value: (w, c) => displayCode(c, 'sex', w.sex) },
  birthplaceCode: { labelKey: 'worker.fields.birthplace', value: (w) => displayPlace(w.birthplaceCode) },
  residenceCode: { labelKey: 'worker.fields.residence', value: (w) => displayPlace(w.residenceCode) },
  address: { labelKey: 'worker.fields.address', value: (w) => displayText(w.address) },
  phone: { labelKey: 'worker.fields.phone', value: (w) => displayText(w.phone) },
  email: { labelKey: 'worker.fields.email', value: (w) => displayText(w.email) },
  enrolmentDate: { labelKey: 'worker.fields.enrolmentDate', value: (w) => displayDate(w.enrolmentDate) },
  privacyConsentDate: { labelKey: 'worker.fields.privacyConsentDate', value: (w) => displayDate(w.privacyConsentDate) },
  consentWithdrawnOn: { labelKey: 'worker.fields.consentWithdrawnOn', value: (w) => displayDate(w.consentWithdrawnOn) },
  profilingBand: { labelKey: 'worker.fields.profilingBand', value: (w, c) => displayCode(c, 'profilingBand', w.profilingBand) },
  profilingDate: { labelKey: 'worker.fields.profilingDate', value: (w) => displayDate(w.profilingDate) },
  primaryTrack: { labelKey: 'worker.fields.primaryTrack', value: (w, c) => displayCode(c, 'track', w.primaryTrack) },
  secondaryTracks: { labelKey: 'worker.fields.secondaryTracks', value: (w, c) => displayCodes(c, 'track', w.secondaryTracks) },
  status: { labelKey: 'worker.fields.status', value: (w, c) => displayCode(c, 'status', w.status) },
  exitReason: { labelKey: 'worker.fields.exitReason', value: (w, c) => displayCode(c, 'exitReason', w.exitReason) },
  counselorId: { labelKey: 'worker.fields.counselor', value: (w, c) => displayCounselor(c, w.counselorId) },
  formerRole: { labelKey: 'worker.fields.formerRole', value: (w) => displayText(w.formerRole) },
  department: { labelKey: 'worker.fields.department', value: (w) => displayText(w.department) },
  yearsAtPlant: { labelKey: 'worker.fields.yearsAtPlant', value: (w, c) => displayNumber(w.yearsAtPlant, c.language) },
  educationLevel: { labelKey: 'worker.fields.educationLevel', value: (w, c) => displayCode(c, 'education', w.educationLevel) },
  licences: { labelKey: 'worker.fields.licences', value: (w, c) => displayCodes(c, 'licence', w.licences) },
  languages: {
    labelKey: 'worker.fields.languages',
    value: (w, c) => displayList(w.languages.map((skill) => `${skill.language} (${c.label(`vocab.level.${skill.level}`)})`)),
  },
  skills: { labelKey: 'worker.fields.skills', value: (w) => displayList(w.skills) },
  notes: { labelKey: 'worker.fields.notes', value: (w) => displayText(w.notes) },
  commuteLimitKm: { labelKey: 'worker.fields.commuteLimitKm', value: (w, c) => displayNumber(w.commuteLimitKm, c.language) },
  preferredContracts: { labelKey: 'worker.fields.preferredContracts', value: (w, c) => displayCodes(c, 'contract', w.preferredContracts) },
  refusedContracts: { labelKey: 'worker.fields.refusedContracts', value: (w, c) => displayCodes(c, 'contract', w.refusedContracts) },
  acceptedShifts: { labelKey: 'worker.fields.acceptedShifts', value: (w, c) => displayCodes(c, 'shift', w.acceptedShifts) },
  availableFrom: { labelKey: 'worker.fields.availableFrom', value: (w) => displayDate(w.availableFrom) },
  protectedCategory: { labelKey: 'worker.fields.protectedCategory', value: (w, c) => displayBoolean(c, w.protectedCategory) },
  protectedCategoryNote: { labelKey: 'worker.fields.protectedCategoryNote', value: (w) => displayText(w.protectedCategoryNote) },
};

export type WorkerSection = 'personal' | 'enrolment' | 'cigs' | 'tracks' | 'profile' | 'preferences' | 'protected';

/** The form's sections in the form's order; `cigs` holds the periods table. */
export const WORKER_SECTIONS: readonly { section: WorkerSection; fields: readonly (keyof Worker)[] }[] = [
  { section: 'personal', fields: ['surname', 'name', 'codiceFiscale', 'birthDate', 'sex', 'birthplaceCode', 'residenceCode', 'address', 'phone', 'email'] },
  { section: 'enrolment', fields: ['enrolmentDate', 'privacyConsentDate', 'consentWithdrawnOn', 'profilingBand', 'profilingDate'] },
  { section: 'cigs', fields: ['cigsPeriods'] },
  { section: 'tracks', fields: ['primaryTrack', 'secondaryTracks', 'status', 'exitReason', 'counselorId'] },
  { section: 'profile', fields: ['formerRole', 'department', 'yearsAtPlant', 'educationLevel', 'licences', 'languages', 'skills', 'notes'] },
  { section: 'preferences', fields: ['commuteLimitKm', 'preferredContracts', 'refusedContracts', 'acceptedShifts', 'availableFrom'] },
  { section: 'protected', fields: ['protectedCategory', 'protectedCategoryNote'] },
];

export interface FieldRow {
  field: keyof Worker;
  label: string;
  value: string;
}

/** Label and human value of one scalar field. */
export function fieldRow(worker: Worker, field: ScalarField, context: DisplayContext): FieldRow {
  const view = FIELD_VIEWS[field];
  return { field, label: context.label(view.labelKey), value: view.value(worker, context) };
}

export function isScalarField(field: keyof Worker): field is ScalarField {
  return field !== 'cigsPeriods';
}
