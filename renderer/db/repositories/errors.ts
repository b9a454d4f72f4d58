// Typed failures of the repositories; the UI maps each to an i18n message.
export class DuplicatePersonError extends Error {
  constructor(readonly existingId: string) {
    super(`A file for this person already exists: ${existingId}`);
    this.name = 'DuplicatePersonError';
  }
}

export class RecordNotFoundError extends Error {
  constructor(readonly id: string) {
    super(`No record ${id}`);
    this.name = 'RecordNotFoundError';
  }
}

/** Why a user may not: the record is outside their caseload, or the action is the coordinator's. */
export type NotAllowedReason = 'caseload' | 'role';

export class NotAllowedError extends Error {
  constructor(
    readonly id: string,
    readonly reason: NotAllowedReason = 'caseload',
  ) {
    super(reason === 'role' ? `Only the coordinator may do this (${id})` : `Record ${id} is outside this user's caseload`);
    this.name = 'NotAllowedError';
  }
}

/** A second employer with the same partita IVA: `existingId` is the one already filed. */
export class DuplicatePartitaIvaError extends Error {
  constructor(readonly existingId: string) {
    super(`An employer with this partita IVA already exists: ${existingId}`);
    this.name = 'DuplicatePartitaIvaError';
  }
}

/** A GDPR or case rule forbids the operation now; `reason` is an i18n key suffix. */
export class NotEligibleError extends Error {
  constructor(readonly reason: string, readonly availableOn?: string) {
    super(`Not allowed now: ${reason}`);
    this.name = 'NotEligibleError';
  }
}
