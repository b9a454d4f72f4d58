// The services a screen may use, handed down by context (no globals, no singletons). They exist
// only while the app is unlocked: locking drops them, and with them the data key.
import { createContext, useContext } from 'react';
import type { DesktopBridge } from '../../shared/platform/desktopBridge';
import type { PcoDatabase } from '../db/database';
import type { Session } from '../db/session';
import type { RecordCodec } from '../db/codec';
import { createWorkerRepository, type WorkerRepository } from '../db/repositories/workerRepository';
import { createProgrammeRepository, type ProgrammeRepository } from '../db/repositories/programmeRepository';
import { createDraftRepository, type DraftRepository } from '../db/repositories/draftRepository';
import { createAuditRepository, type AuditRepository } from '../db/repositories/auditRepository';
import { createSettingsRepository, type SettingsRepository } from '../db/repositories/settingsRepository';

export interface Services {
  readonly db: PcoDatabase;
  readonly bridge: DesktopBridge;
  readonly session: Session;
  readonly codec: RecordCodec;
  readonly workers: WorkerRepository;
  readonly programme: ProgrammeRepository;
  readonly drafts: DraftRepository;
  readonly audit: AuditRepository;
  readonly settings: SettingsRepository;
  /** Lock now: pending drafts are saved, then keys and decrypted data are dropped. */
  readonly lock: () => void;
}

export function createServices(db: PcoDatabase, bridge: DesktopBridge, session: Session, codec: RecordCodec, lock: () => void): Services {
  return {
    db,
    bridge,
    session,
    codec,
    workers: createWorkerRepository(db, session, codec),
    programme: createProgrammeRepository(db, session, codec),
    drafts: createDraftRepository(db, codec),
    audit: createAuditRepository(db, session),
    settings: createSettingsRepository(db),
    lock,
  };
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext');
  return services;
}
