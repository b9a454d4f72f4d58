// The services a screen may use, handed down by context (no globals, no singletons).
import { createContext, useContext } from 'react';
import type { DesktopBridge } from '../../shared/platform/desktopBridge';
import type { PcoDatabase } from '../db/database';
import type { Session } from '../db/session';
import type { WorkerRepository } from '../db/repositories/workerRepository';
import type { ProgrammeRepository } from '../db/repositories/programmeRepository';
import type { DraftRepository } from '../db/repositories/draftRepository';
import { createWorkerRepository } from '../db/repositories/workerRepository';
import { createProgrammeRepository } from '../db/repositories/programmeRepository';
import { createDraftRepository } from '../db/repositories/draftRepository';

export interface Services {
  readonly db: PcoDatabase;
  readonly bridge: DesktopBridge;
  readonly session: Session;
  readonly workers: WorkerRepository;
  readonly programme: ProgrammeRepository;
  readonly drafts: DraftRepository;
}

export function createServices(db: PcoDatabase, bridge: DesktopBridge, session: Session): Services {
  return {
    db,
    bridge,
    session,
    workers: createWorkerRepository(db, session),
    programme: createProgrammeRepository(db, session),
    drafts: createDraftRepository(db),
  };
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext');
  return services;
}
