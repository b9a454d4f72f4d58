// Gathers a worker's case work for the right-of-access export, through the feature repositories
// (so the same scope applies as on screen): CV versions, the action plan, course enrolments with
// hours and outcome, candidacies with the offer, the employer and every move, ventures, and the
// documents kept (listed with the place of their file in the archive).
import type { SubjectAccessCasework } from '../../shared/gdpr/subjectAccessCasework';
import type { Services } from '../app/services';
import { createActionPlanRepository } from '../db/repositories/actionPlanRepository';
import { createCandidacyRepository } from '../db/repositories/candidacyRepository';
import { createCourseRepository } from '../db/repositories/courseRepository';
import { createCvRepository } from '../db/repositories/cvRepository';
import { createVentureRepository } from '../db/repositories/ventureRepository';
import { createDocumentRepository } from '../documents/documentRepository';
import { documentArchivePaths } from '../../shared/gdpr/subjectAccessArchive';

type Sources = Pick<Services, 'db' | 'session' | 'codec' | 'workers'>;

export async function readSubjectAccessCasework({ db, session, codec, workers }: Sources, workerId: string): Promise<SubjectAccessCasework> {
  const cvRepository = createCvRepository(db, session, codec);
  const candidacyRepository = createCandidacyRepository(db, session, codec);
  const [cvs, plan, enrolments, candidacies, ventures, offers, employers, documents] = await Promise.all([
    cvRepository.listForWorker(workerId),
    createActionPlanRepository(db, session, codec, workers).get(workerId),
    createCourseRepository(db, session, codec, workers).enrolmentsOfWorker(workerId),
    candidacyRepository.forWorker(workerId),
    createVentureRepository(db, session, codec, workers).listOfWorker(workerId),
    // Offers and employers deleted since still name what the worker was proposed for.
    db.offers.toArray().then((rows) => Promise.all(rows.map((row) => codec.open('offers', row)))),
    db.employers.toArray().then((rows) => Promise.all(rows.map((row) => codec.open('employers', row)))),
    // Every version kept, not only the current ones: each is personal data the programme holds.
    createDocumentRepository(db, session, codec).listForWorker(workerId),
  ]);
  const documentPaths = documentArchivePaths(documents);
  const offerById = new Map(offers.map((offer) => [offer.id, offer.data]));
  const employerName = new Map(employers.map((employer) => [employer.id, employer.data.legalName]));
  const cvReference = new Map(cvs.map((cv) => [cv.id, cv.reference]));

  return {
    cvs: cvs.map(({ id, variant, language, reference, createdAt }) => ({ id, variant, language, reference, createdAt })),
    actionPlans: plan
      ? [
          {
            id: plan.id,
            signedOn: plan.data.signedOn ?? null,
            goals: plan.data.goals.map(({ text }) => ({ text })),
            activities: plan.data.activities.map(({ title, owner, dueDate, state }) => ({ title, owner, dueDate, state })),
          },
        ]
      : [],
    enrolments: enrolments.map(({ enrolment, course, progress }) => ({
      id: enrolment.id,
      courseTitle: course.data.title,
      provider: course.data.provider,
      courseHours: course.data.hours,
      enrolledOn: enrolment.data.enrolledOn,
      hoursAttended: progress.attendedHours,
      state: progress.state,
      endedOn: progress.ending?.date ?? null,
      certificate: progress.ending ? progress.ending.certificate : null,
    })),
    candidacies: candidacies.map((candidacy) => {
      const offer = offerById.get(candidacy.offerId);
      return {
        id: candidacy.id,
        offerRole: offer?.role ?? '',
        employerName: (offer && employerName.get(offer.employerId)) ?? '',
        proposedOn: candidacy.proposedOn,
        stage: candidacy.stage,
        history: candidacy.changes.map((change) => ({
          occurredOn: change.occurredOn,
          from: change.from,
          to: change.to,
          reason: change.reason,
          cvReference: change.cvId ? (cvReference.get(change.cvId) ?? null) : null,
        })),
      };
    }),
    ventures: ventures.map((venture) => ({
      id: venture.id,
      idea: venture.data.idea,
      atecoCode: venture.data.ateco?.code ?? null,
      milestones: venture.data.milestones.map((milestone) => ({ kind: milestone.kind, dueDate: milestone.dueDate || null, doneOn: milestone.doneOn || null })),
      funding: venture.data.funding.map((funding) => ({ source: funding.source, requested: funding.requested, granted: funding.granted ?? null, state: funding.state })),
    })),
    documents: documents.map(({ id, type, date, fileName, mediaType, bytes, sha256, note }) => ({ id, type, date, fileName, mediaType, bytes, sha256, note, path: documentPaths.get(id) ?? '' })),
  };
}
