// Everything a matching screen needs, read once (and again after a proposal): the workers and
// offers the session can see, candidacy history, the courses, and the programme's matching settings.
import { useEffect, useState } from 'react';
import type { Offer } from '../../shared/domain/offer';
import { DEFAULT_MATCHING_WEIGHTS, MATCHING_SYNONYMS_SETTING, MATCHING_WEIGHTS_SETTING, matchingWeightsSchema, synonymGroupsSchema, type MatchingWeights } from '../../shared/matching/settings';
import type { GapCourse } from '../../shared/matching/gap';
import type { MatchCandidacy, MatchOffer, MatchWorker } from '../../shared/matching/types';
import type { VersionedRecord } from '../../shared/sync/record';
import { useRepository } from '../app/useRepository';
import { useServices, type Services } from '../app/services';
import { createCandidacyRepository, viewsOf } from '../db/repositories/candidacyRepository';
import { createCourseRepository } from '../db/repositories/courseRepository';
import { createProgrammeSettingsRepository } from '../db/repositories/programmeSettingsRepository';
import type { EmployerRecord, WorkerRecord } from '../db/rows';
import type { EnrolledWorker } from '../../shared/domain/worker';
import { isEnrolled } from '../../shared/domain/participation';

/** A worker who has joined the PCO: the only ones matched (the HR list's others are not in the programme). */
export type EnrolledWorkerRecord = WorkerRecord & { data: EnrolledWorker };

export interface MatchingInputs {
  workers: Map<string, EnrolledWorkerRecord>;
  /** Visible workers left out because they have not joined the PCO. */
  notEnrolled: ReadonlySet<string>;
  offers: Map<string, VersionedRecord<Offer>>;
  employers: Map<string, EmployerRecord>;
  courses: GapCourse[];
  candidacies: MatchCandidacy[];
  weights: MatchingWeights;
  synonyms: string[][];
}

export const toMatchWorker = (record: EnrolledWorkerRecord): MatchWorker => {
  const w = record.data;
  // Only what matching reads: no names, contacts or notes go to the Web Worker.
  return {
    id: record.id, residenceCode: w.residenceCode, status: w.status, formerRole: w.formerRole, yearsAtPlant: w.yearsAtPlant, educationLevel: w.educationLevel,
    licences: w.licences, skills: w.skills, commuteLimitKm: w.commuteLimitKm, preferredContracts: w.preferredContracts, refusedContracts: w.refusedContracts,
    acceptedShifts: w.acceptedShifts, availableFrom: w.availableFrom,
  };
};

export const toMatchOffer = ({ id, data }: VersionedRecord<Offer>): MatchOffer => ({
  id, employerId: data.employerId, role: data.role, comuneCode: data.comuneCode, contractType: data.contractType, shifts: data.shifts,
  hard: data.hard, soft: data.soft, deadline: data.deadline, startDate: data.startDate, state: data.state,
});

const settingsFactory = (s: Services) => createProgrammeSettingsRepository(s.db, s.session);
const candidacyFactory = (s: Services) => createCandidacyRepository(s.db, s.session, s.codec);
const courseFactory = (s: Services) => createCourseRepository(s.db, s.session, s.codec, s.workers);

export function useMatchingSettings() {
  return useRepository(settingsFactory);
}

export function useCandidacyRepository() {
  return useRepository(candidacyFactory);
}

/** The inputs, or undefined while loading; `version` re-reads them (after a proposal). */
export function useMatchingInputs(version: number): MatchingInputs | undefined {
  const services = useServices();
  const settings = useMatchingSettings();
  const candidacies = useCandidacyRepository();
  const courses = useRepository(courseFactory);
  const [inputs, setInputs] = useState<MatchingInputs>();

  useEffect(() => {
    let live = true;
    void (async () => {
      const [workers, offers, employers, courseRecords, weights, synonyms] = await Promise.all([
        services.workers.list(),
        candidacies.offers(),
        candidacies.employers(),
        courses.list(),
        settings.get(MATCHING_WEIGHTS_SETTING, matchingWeightsSchema, DEFAULT_MATCHING_WEIGHTS),
        settings.get(MATCHING_SYNONYMS_SETTING, synonymGroupsSchema, []),
      ]);
      const enrolled = workers.filter((w): w is EnrolledWorkerRecord => isEnrolled(w.data));
      const visible = new Set(enrolled.map((w) => w.id));
      const employerOf = new Map(offers.map((o) => [o.id, o.data.employerId]));
      // History of the visible workers only: other caseloads are not this session's business.
      const rows = (await services.db.candidacies.toArray()).filter((row) => !row.deletedAt && visible.has(row.data.workerId ?? ''));
      const views = await viewsOf(services.db, services.codec, rows);
      if (!live) return;
      setInputs({
        workers: new Map(enrolled.map((w) => [w.id, w])),
        notEnrolled: new Set(workers.filter((w) => !visible.has(w.id)).map((w) => w.id)),
        offers: new Map(offers.map((o) => [o.id, o])),
        employers: new Map(employers.map((e) => [e.id, e])),
        courses: courseRecords.map(({ id, data }) => ({ id, title: data.title, qualification: data.qualification, teachesSkills: data.teachesSkills, teachesLicences: data.teachesLicences, startDate: data.startDate, endDate: data.endDate })),
        candidacies: views.map((v) => ({ workerId: v.workerId, offerId: v.offerId, employerId: employerOf.get(v.offerId) ?? '', proposedOn: v.proposedOn, stage: v.stage })),
        weights,
        synonyms,
      });
    })();
    return () => {
      live = false;
    };
  }, [services, settings, candidacies, courses, version]);

  return inputs;
}
