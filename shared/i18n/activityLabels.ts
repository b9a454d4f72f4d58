// Labels of the interview types and candidacy stages: Italian first, English with the same keys.
// Shared so the headless `pco report` labels its rows as the app does; the app catalogue mounts
// them under `casework.interviewType` and `candidacies.stage`.

export const interviewTypeIt = {
  intake: 'Accoglienza',
  skills_assessment: 'Bilancio di competenze',
  guidance: 'Orientamento',
  follow_up: 'Follow-up',
  job_interview_preparation: 'Preparazione al colloquio di lavoro',
};

export const interviewTypeEn: typeof interviewTypeIt = {
  intake: 'Intake',
  skills_assessment: 'Skills assessment',
  guidance: 'Guidance',
  follow_up: 'Follow-up',
  job_interview_preparation: 'Job interview preparation',
};

export const candidacyStageIt = {
  proposed: 'Proposto',
  cv_sent: 'CV inviato',
  meeting_scheduled: 'Incontro fissato',
  meeting_held: 'Incontro svolto',
  trial: 'In prova',
  hired: 'Assunto',
  rejected_by_employer: 'Respinto dall’azienda',
  declined_by_worker: 'Rinuncia del lavoratore',
  withdrawn: 'Ritirata',
};

export const candidacyStageEn: typeof candidacyStageIt = {
  proposed: 'Proposed',
  cv_sent: 'CV sent',
  meeting_scheduled: 'Meeting scheduled',
  meeting_held: 'Meeting held',
  trial: 'On trial',
  hired: 'Hired',
  rejected_by_employer: 'Rejected by employer',
  declined_by_worker: 'Declined by worker',
  withdrawn: 'Withdrawn',
};
