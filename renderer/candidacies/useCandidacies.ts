// The feature's repositories, built once per unlock, and small helpers shared by its screens.
import { useCallback, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import i18next from 'i18next';
import { useRepository } from '../app/useRepository';
import { useServices, type Services } from '../app/services';
import { createCandidacyRepository } from '../db/repositories/candidacyRepository';
import { createMeetingRepository } from '../db/repositories/meetingRepository';
import { createPlacementRepository } from '../db/repositories/placementRepository';
import { NotAllowedError, NotEligibleError, RecordNotFoundError } from '../db/repositories/errors';
import type { WorkerRecord } from '../db/rows';
import { errorMessage, logIfUnexpected } from '../ui/messages';

const candidacyFactory = (s: Services) => createCandidacyRepository(s.db, s.session, s.codec);
const meetingFactory = (s: Services) => createMeetingRepository(s.db, s.session, s.codec);
const placementFactory = (s: Services) => createPlacementRepository(s.db, s.session, s.codec);

export function useCandidacyRepositories() {
  return {
    candidacies: useRepository(candidacyFactory),
    meetings: useRepository(meetingFactory),
    placements: useRepository(placementFactory),
  };
}

export const fullName = (worker: WorkerRecord) => `${worker.data.surname} ${worker.data.name}`;

/** The workers the session can see, by id (names are decrypted in memory only). */
export function useVisibleWorkers(): Map<string, WorkerRecord> | undefined {
  const { workers } = useServices();
  return useLiveQuery(async () => new Map((await workers.list()).map((worker) => [worker.id, worker])), [workers]);
}

/**
 * A counter to bump after a write: the screens' queries depend on it, so they re-read even when a
 * live query's change tracking was lost across the decryption awaits.
 */
export function useRefresh(): [number, () => void] {
  const [version, setVersion] = useState(0);
  return [version, useCallback(() => setVersion((v) => v + 1), [])];
}

/** The i18n key of a repository refusal; any other error's is the app's (renderer/ui/messages.ts). */
export function refusalKey(error: unknown): string {
  if (error instanceof NotEligibleError) {
    const key = `candidacies.refusal.${error.reason}`;
    return i18next.exists(key) ? key : 'candidacies.refusal.unknown';
  }
  if (error instanceof NotAllowedError) return 'worker.notAllowed';
  if (error instanceof RecordNotFoundError) return 'worker.notFound';
  logIfUnexpected(error);
  return errorMessage(error).key;
}
