// Why a sync action cannot start, as a typed error the screens translate.
export type SyncNotReadyReason = 'notEnrolled' | 'unknownPeer' | 'revokedPeer' | 'notCoordinator' | 'noProgrammeKey' | 'noRecoveryKey' | 'alreadySetUp';

export class SyncNotReadyError extends Error {
  constructor(readonly reason: SyncNotReadyReason) {
    super(`Sync not ready: ${reason}`);
    this.name = 'SyncNotReadyError';
  }
}
