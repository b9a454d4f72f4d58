import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/i18n/en';
import { it as itCatalogue } from '../../renderer/i18n/it';
import { describeEvent, type Label } from './eventText';
import { eventPayloadSchema, type EventKind, type EventPayload } from './events';

/** The catalogue as the app's t() reads it; a missing key fails the test. */
function strictLabel(catalogue: object): Label {
  return (key) => {
    let node: unknown = catalogue;
    for (const part of key.split('.')) node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
    if (typeof node !== 'string') throw new Error(`missing label ${key}`);
    return node;
  };
}
const IT = strictLabel(itCatalogue);
const EN = strictLabel(en);
const EMPLOYER = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

/** One sample of every kind, with the Italian and English lines expected. */
const SAMPLES: Record<EventKind, { payload: EventPayload; it: string; en: string }[]> = {
  'worker.created': [{ payload: { kind: 'worker.created' }, it: 'Scheda aperta', en: 'File opened' }],
  'worker.consentRecorded': [
    { payload: { kind: 'worker.consentRecorded', given: true }, it: 'Consenso al trattamento dei dati: firmato', en: 'Consent to data processing: signed' },
    { payload: { kind: 'worker.consentRecorded', given: false }, it: 'Consenso al trattamento dei dati: revocato', en: 'Consent to data processing: withdrawn' },
  ],
  'worker.statusChanged': [
    { payload: { kind: 'worker.statusChanged', from: null, to: 'active', note: '' }, it: 'Attivo nel programma', en: 'Active in the programme' },
    {
      payload: { kind: 'worker.statusChanged', from: 'active', to: 'placed', exitReason: 'placed', note: 'nota' },
      it: 'Attivo nel programma → Ricollocato (Ricollocazione)',
      en: 'Active in the programme → Placed (Placement)',
    },
  ],
  'worker.interviewHeld': [
    {
      payload: { kind: 'worker.interviewHeld', interviewType: 'skills_assessment', durationMinutes: 90, place: 'Figline', participants: '', notes: 'riservato', outcomes: 'esito', nextSteps: '', skillsFound: ['saldatura TIG', 'PLC'] },
      it: 'Colloquio: Bilancio di competenze (90 min); competenze rilevate: saldatura TIG, PLC',
      en: 'Interview: Skills assessment (90 min); skills found: saldatura TIG, PLC',
    },
    {
      payload: { kind: 'worker.interviewHeld', interviewType: 'intake', durationMinutes: 45, place: '', participants: '', notes: '', outcomes: '', nextSteps: '', skillsFound: [] },
      it: 'Colloquio: Accoglienza (45 min)',
      en: 'Interview: Intake (45 min)',
    },
  ],
  'employer.contactLogged': [{ payload: { kind: 'employer.contactLogged', channel: 'visit', outcome: 'interessati', note: 'riservato' }, it: 'Contatto con l’azienda: Visita', en: 'Contact with the employer: Visit' }],
  'candidacy.stageChanged': [
    { payload: { kind: 'candidacy.stageChanged', from: null, to: 'proposed', reason: '' }, it: 'Candidatura: Proposta', en: 'Candidacy: Proposed' },
    { payload: { kind: 'candidacy.stageChanged', from: 'meeting_held', to: 'trial', reason: 'motivo' }, it: 'Candidatura: Incontro svolto → In prova', en: 'Candidacy: Meeting held → On trial' },
  ],
  'worker.placed': [
    {
      payload: { kind: 'worker.placed', employerId: EMPLOYER, contractType: 'fixed_term', startDate: '2019-03-01', fixedTermMonths: 12, partTimePercent: 50, incentive: 'none' },
      it: 'Ricollocazione: Tempo determinato, 12 mesi, part-time 50%, dal 01/03/2019',
      en: 'Placement: Fixed term, 12 months, part-time 50%, from 01/03/2019',
    },
    { payload: { kind: 'worker.placed', employerId: EMPLOYER, contractType: 'permanent', startDate: '2019-09-16', incentive: 'company_investor' }, it: 'Ricollocazione: Tempo indeterminato, dal 16/09/2019', en: 'Placement: Permanent, from 16/09/2019' },
  ],
  'course.attendance': [{ payload: { kind: 'course.attendance', hours: 2.5 }, it: 'Presenza al corso: 2,5 ore', en: 'Course attendance: 2.5 hours' }],
  'course.ended': [
    { payload: { kind: 'course.ended', outcome: 'completed', certificate: true, note: '' }, it: 'Fine del corso: completato, con attestato', en: 'End of the course: completed, with certificate' },
    { payload: { kind: 'course.ended', outcome: 'dropped', certificate: false, note: '' }, it: 'Fine del corso: abbandonato', en: 'End of the course: dropped out' },
  ],
  'programme.cigsPeriodsChanged': [
    {
      payload: {
        kind: 'programme.cigsPeriodsChanged',
        from: [{ start: '2019-01-01', end: '2019-12-31', cause: 'cessazione' }, { start: '2020-07-01', end: '2020-08-31', cause: 'covid19' }, { start: '2021-01-01', end: '2021-01-31', cause: 'proroga' }],
        to: [{ start: '2019-01-01', end: '2019-12-31', cause: 'cessazione' }, { start: '2020-07-01', end: '2020-09-30', cause: 'covid19' }, { start: '2020-10-01', end: '2020-10-31', cause: 'proroga' }],
      },
      it: 'Periodi di CIGS del programma: corretto 01/07/2020–31/08/2020 (COVID-19) → 01/07/2020–30/09/2020 (COVID-19); aggiunto 01/10/2020–31/10/2020 (Proroga); tolto 01/01/2021–31/01/2021 (Proroga)',
      en: 'Programme CIGS periods: corrected 01/07/2020–31/08/2020 (COVID-19) → 01/07/2020–30/09/2020 (COVID-19); added 01/10/2020–31/10/2020 (Extension); removed 01/01/2021–31/01/2021 (Extension)',
    },
  ],
};

describe('describeEvent', () => {
  it('has a sample for every kind of event payload', () => {
    const kinds = eventPayloadSchema.options.map((option) => option.shape.kind.value).sort();
    expect(Object.keys(SAMPLES).sort()).toEqual(kinds);
  });

  for (const [kind, samples] of Object.entries(SAMPLES)) {
    it(`describes ${kind} in Italian and English`, () => {
      for (const sample of samples) {
        expect(describeEvent({ payload: eventPayloadSchema.parse(sample.payload) }, IT)).toBe(sample.it);
        expect(describeEvent({ payload: eventPayloadSchema.parse(sample.payload) }, EN)).toBe(sample.en);
      }
    });
  }

  it('never folds free text (notes, outcomes, reasons) into the line', () => {
    for (const samples of Object.values(SAMPLES)) {
      for (const sample of samples) expect(describeEvent(sample, IT)).not.toMatch(/riservato|esito|motivo|interessati|nota/);
    }
  });

  it('shows the code of a kind it does not know rather than failing', () => {
    const future = { payload: { kind: 'worker.teleported' } as unknown as EventPayload };
    expect(describeEvent(future, IT)).toBe('worker.teleported');
  });
});
