// Names and links of the records the access log points at, for the records this user can see.
// A record deleted or erased since has no name any more: the screen shows its kind and short id.
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AuditEntry } from '../../shared/domain/audit';
import { useServices } from '../app/services';
import { useEmployerRepository, useOfferRepository } from '../employers/catalogue';
import { useCourses } from '../retraining/useRetrainingRepositories';

export interface AuditSubject {
  name: string;
  /** Route of the record's screen. */
  to: string;
}

export type SubjectOf = (kind: AuditEntry['subjectKind'], id: string) => AuditSubject | undefined;

export function useAuditSubjects(): SubjectOf {
  const { workers } = useServices();
  const employerRepository = useEmployerRepository();
  const offerRepository = useOfferRepository();
  const courseRepository = useCourses();
  const workerList = useLiveQuery(() => workers.list(), [workers]);
  const employers = useLiveQuery(() => employerRepository.list(), [employerRepository]);
  const offers = useLiveQuery(() => offerRepository.list(), [offerRepository]);
  const courses = useLiveQuery(() => courseRepository.list(), [courseRepository]);

  return useMemo(() => {
    const byKind = new Map<AuditEntry['subjectKind'], Map<string, AuditSubject>>([
      ['worker', new Map((workerList ?? []).map((w) => [w.id, { name: `${w.data.surname} ${w.data.name}`, to: `/workers/${w.id}` }]))],
      ['employer', new Map((employers ?? []).map((e) => [e.id, { name: e.data.legalName, to: `/employers/${e.id}` }]))],
      ['offer', new Map((offers ?? []).map((o) => [o.id, { name: o.data.role, to: `/offers/${o.id}` }]))],
      ['course', new Map((courses ?? []).map((c) => [c.id, { name: c.data.title, to: `/courses/${c.id}` }]))],
    ]);
    return (kind, id) => byKind.get(kind)?.get(id);
  }, [workerList, employers, offers, courses]);
}
