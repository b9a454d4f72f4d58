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
