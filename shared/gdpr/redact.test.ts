import { describe, expect, it } from 'vitest';
import { redactPayload } from './redact';

describe('redactPayload', () => {
  it('empties every free-text field of an interview and keeps its type and length', () => {
    const redacted = redactPayload({
      kind: 'worker.interviewHeld',
      interviewType: 'guidance',
      durationMinutes: 45,
      place: 'Sportello PCO',
      participants: 'Mario Rossi, la moglie',
      notes: 'Problemi di salute in famiglia',
      outcomes: 'Disponibile ai turni',
      nextSteps: 'Richiamare',
      skillsFound: ['saldatura'],
    });
    expect(redacted).toEqual({ kind: 'worker.interviewHeld', interviewType: 'guidance', durationMinutes: 45, place: '', participants: '', notes: '', outcomes: '', nextSteps: '', skillsFound: [] });
  });

  it('drops reasons and notes, keeps codes and dates', () => {
    expect(redactPayload({ kind: 'candidacy.stageChanged', from: 'proposed', to: 'declined_by_worker', reason: 'Motivi personali' })).toEqual({
      kind: 'candidacy.stageChanged',
      from: 'proposed',
      to: 'declined_by_worker',
      reason: '',
    });
    expect(redactPayload({ kind: 'worker.statusChanged', from: 'active', to: 'withdrawn', exitReason: 'resignation', note: 'Trasferito' })).toMatchObject({ note: '' });
    expect(redactPayload({ kind: 'course.ended', outcome: 'dropped', certificate: false, note: 'Malattia' })).toMatchObject({ note: '' });
    expect(redactPayload({ kind: 'course.attendance', hours: 4 })).toEqual({ kind: 'course.attendance', hours: 4 });
  });
});
