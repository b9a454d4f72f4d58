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

export class NotAllowedError extends Error {
  constructor(readonly id: string) {
    super(`Record ${id} is outside this user's caseload`);
    this.name = 'NotAllowedError';
  }
}

/** A GDPR or case rule forbids the operation now; `reason` is an i18n key suffix. */
export class NotEligibleError extends Error {
  constructor(readonly reason: string, readonly availableOn?: string) {
    super(`Not allowed now: ${reason}`);
    this.name = 'NotEligibleError';
  }
}
