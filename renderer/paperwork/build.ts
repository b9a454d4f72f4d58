// From the records on screen to a template's input. The templates (and pdf-lib with them) are
// loaded on the first document made, not with the app. Documents are Italian whatever the
// interface language: they are what the worker and the employer read and sign.
import type { ActionPlan } from '../../shared/domain/casework';
import type { Worker } from '../../shared/domain/worker';
import type { CvContent, CvVariant } from '../../shared/cv/content';
import { cvContentFromWorker } from '../../shared/cv/fromWorker';
import { identifyingDataIn } from '../../shared/cv/anonymity';
import { interviewTypeIt } from '../../shared/i18n/activityLabels';
import type { InterviewType } from '../../shared/agenda/types';
import type { ProgrammeTexts } from '../../shared/documents/templates/programmeTexts';
import type { ContactFrequency } from '../../shared/documents/templates/facts';
import type { RegisterRow } from '../../shared/documents/templates/attendanceRegister';
import type { Course } from '../../shared/domain/casework';
import { NotEligibleError } from '../db/repositories/errors';
import type { CvRepository } from '../db/repositories/cvRepository';
import { cvPdfLabels, cvTexts } from '../cv/texts';

export interface Letter {
  readonly programmeName: string;
  readonly texts: ProgrammeTexts | null;
  readonly counselorName: string;
  /** ISO day the document is dated. */
  readonly date: string;
}

const fullName = (worker: Pick<Worker, 'name' | 'surname'>) => `${worker.name} ${worker.surname}`;

export async function privacyNoticePdf(letter: Letter, texts: ProgrammeTexts, worker: Worker): Promise<Uint8Array> {
  const { buildPrivacyNoticePdf } = await import('../../shared/documents/templates/privacyNotice');
  return buildPrivacyNoticePdf({ ...letter, texts, worker: { fullName: fullName(worker), codiceFiscale: worker.codiceFiscale } });
}

export async function servicePactPdf(letter: Letter, worker: Worker, plan: ActionPlan | undefined, frequency: ContactFrequency): Promise<Uint8Array> {
  const { buildServicePactPdf } = await import('../../shared/documents/templates/servicePact');
  return buildServicePactPdf({
    ...letter,
    worker: { fullName: fullName(worker), codiceFiscale: worker.codiceFiscale },
    profiling: worker.profilingBand ? { band: worker.profilingBand, assignedOn: worker.profilingDate } : undefined,
    goals: (plan?.goals ?? []).map((goal) => goal.text),
    // What was cancelled is no longer agreed; what is done stays, as part of the path.
    activities: (plan?.activities ?? []).filter((activity) => activity.state !== 'cancelled'),
    frequency,
  });
}

export interface Appointment {
  readonly date: string;
  readonly time: string;
  readonly place: string;
  readonly bring: readonly string[];
}

export async function interviewLetterPdf(letter: Letter, worker: Worker, type: InterviewType, appointment: Appointment): Promise<Uint8Array> {
  const { buildConvocationPdf } = await import('../../shared/documents/templates/convocation');
  return buildConvocationPdf({
    ...letter, issuedOn: letter.date, kind: 'interview', worker: { fullName: fullName(worker), address: worker.address },
    subject: `un colloquio di ${interviewTypeIt[type].toLowerCase()}`, employerName: '', ...appointment,
  });
}

export async function meetingLetterPdf(letter: Letter, worker: Worker, meeting: { readonly employerName: string; readonly role: string } & Appointment): Promise<Uint8Array> {
  const { buildConvocationPdf } = await import('../../shared/documents/templates/convocation');
  return buildConvocationPdf({ ...letter, issuedOn: letter.date, kind: 'meeting', worker: { fullName: fullName(worker), address: worker.address }, subject: meeting.role, ...meeting });
}

export async function registerPdf(letter: Letter, course: Course, date: string, sessionHours: number, rows: readonly RegisterRow[]): Promise<Uint8Array> {
  const { buildAttendanceRegisterPdf } = await import('../../shared/documents/templates/attendanceRegister');
  return buildAttendanceRegisterPdf({ programmeName: letter.programmeName, texts: letter.texts, course, date, sessionHours, rows });
}

/**
 * The CV a sheet carries: the latest Italian version of that variant the counselor saved (what they
 * reviewed), else one drawn from the file now. An anonymised CV that still names the worker is refused.
 */
export async function sheetCv(cvs: CvRepository, workerId: string, worker: Worker, variant: CvVariant, today: string): Promise<CvContent> {
  const saved = (await cvs.listForWorker(workerId)).filter((cv) => cv.variant === variant && cv.language === 'it').sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
  const content = saved
    ? (await cvs.get(saved.id)).data.content
    : cvContentFromWorker(worker, { reference: await cvs.newReference(), preparedOn: today, courses: await cvs.completedCourses(workerId), texts: cvTexts('it') }, variant, 'it');
  if (variant === 'anonymous' && identifyingDataIn(content, worker).length > 0) throw new NotEligibleError('paperwork.refusal.cvNotAnonymous');
  return content;
}

export async function candidateSheetPdf(letter: Letter, worker: Worker, cv: CvContent, offer: { readonly role: string; readonly employerName: string }): Promise<Uint8Array> {
  const [{ buildCandidateSheetPdf }, { claimableIncentives }] = await Promise.all([import('../../shared/documents/templates/candidateSheet'), import('../../shared/documents/templates/incentives')]);
  return buildCandidateSheetPdf({
    ...letter, cv, sectionTitles: cvPdfLabels('it').sections, offer,
    incentives: claimableIncentives({ birthDate: worker.birthDate, sex: worker.sex, protectedCategory: worker.protectedCategory }, letter.date, cv.variant),
  });
}
