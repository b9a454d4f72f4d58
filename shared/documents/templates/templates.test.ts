import { describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../../demo/generator';
import { cvContentFromWorker } from '../../cv/fromWorker';
import { cvPdfLabels, cvTexts } from '../../../renderer/cv/texts';
import { bytesToBase64 } from '../../crypto/encoding';
import { readPdf } from './readPdf.testing';
import { buildPrivacyNoticePdf } from './privacyNotice';
import { buildServicePactPdf } from './servicePact';
import { buildConvocationPdf } from './convocation';
import { DEFAULT_BRING } from './facts';
import { buildAttendanceRegisterPdf } from './attendanceRegister';
import { buildCandidateSheetPdf } from './candidateSheet';
import { claimableIncentives } from './incentives';
import { nextProgrammeTexts, programmeTextsSchema, type ProgrammeTexts } from './programmeTexts';

const PROGRAMME = 'Programma di Continuità Occupazionale di Figline Valdarno';
// A 1×1 PNG: the logo path runs without a fixture file.
const PNG_1x1 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const TEXTS: ProgrammeTexts = programmeTextsSchema.parse({
  controllerName: 'Outplacement Valdarno S.r.l.',
  controllerAddress: 'Via Roma 1, 50063 Figline e Incisa Valdarno (FI)',
  dpoContact: 'dpo@outplacement-valdarno.example.it',
  programmeAddress: 'Piazza Marsilio Ficino 5, Figline Valdarno',
  retentionYears: 10,
  logo: { mediaType: 'image/png', base64: PNG_1x1 },
  version: 3,
  versionDate: '2019-01-07',
});

const demo = generateDemoProgramme({ workers: 40, variant: 'historical' });
const people = demo.workers.map((w) => w.worker).filter((w) => w.phone && w.email && w.address);
const worker = people[0]!;
const fullName = `${worker.name} ${worker.surname}`;

describe('informativa privacy', () => {
  it('names the worker, the controller, the DPO, the legal bases, the recipients, the rights, the Garante, the automatic ranking and the version', async () => {
    const { text, title } = await readPdf(
      await buildPrivacyNoticePdf({ programmeName: PROGRAMME, texts: TEXTS, worker: { fullName, codiceFiscale: worker.codiceFiscale }, counselorName: 'Chiara Innocenti', date: '2019-01-15' }),
    );
    for (const expected of [
      fullName, worker.codiceFiscale, '15/01/2019', 'Outplacement Valdarno S.r.l.', 'dpo@outplacement-valdarno.example.it', 'Piazza Marsilio Ficino 5',
      'art. 6, par. 1, lett. b', 'art. 9, par. 2, lett. b', 'legge 68/1999', 'Regione Toscana', 'ANPAL', 'INPS', 'le aziende che ricevono il Suo CV',
      '(art. 15)', '(art. 22)', 'Garante per la protezione dei dati personali', 'punteggio automatico', "un orientatore lo esamina e decide",
      "Consenso all'invio del curriculum vitae", 'Acconsento', 'Non acconsento', '10 anni', 'versione 3 del 07/01/2019', 'Firma del lavoratore', 'Chiara Innocenti',
    ])
      expect(text).toContain(expected);
    expect(title).toBe('Informativa sul trattamento dei dati personali');
  });

  it('gives the same bytes for the same input', async () => {
    const input = { programmeName: PROGRAMME, texts: TEXTS, worker: { fullName, codiceFiscale: worker.codiceFiscale }, counselorName: 'C', date: '2019-01-15' };
    expect(await buildPrivacyNoticePdf(input)).toEqual(await buildPrivacyNoticePdf(input));
  });
});

describe('programme texts', () => {
  const form = { controllerName: 'A', controllerAddress: 'B', dpoContact: 'C', programmeAddress: 'D', retentionYears: 10, logo: null };
  it('numbers a new version only when the texts change', () => {
    const first = nextProgrammeTexts(null, form, '2019-01-01');
    expect(first.version).toBe(1);
    expect(nextProgrammeTexts(first, { ...form }, '2019-02-01')).toBe(first);
    expect(nextProgrammeTexts(first, { ...form, dpoContact: 'E' }, '2019-02-01')).toMatchObject({ version: 2, versionDate: '2019-02-01' });
  });

  it('refuses a logo over the limit, naming it', () => {
    const big = bytesToBase64(new Uint8Array(400 * 1024));
    const result = programmeTextsSchema.safeParse({ ...form, version: 1, versionDate: '2019-01-01', logo: { mediaType: 'image/png', base64: big } });
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('paperwork.texts.logoTooLarge{\\"max\\":300,\\"size\\":400}');
  });
});

describe('patto di servizio', () => {
  it('lists the goals, the activities with who and when (dd/mm/yyyy), the counselor, the frequency and the commitments', async () => {
    const { text } = await readPdf(
      await buildServicePactPdf({
        programmeName: PROGRAMME, texts: TEXTS, worker: { fullName, codiceFiscale: worker.codiceFiscale }, counselorName: 'Chiara Innocenti',
        goals: ['Ricollocarsi come manutentore meccanico entro l’estate'],
        activities: [
          { title: 'Corso di saldatura TIG', owner: 'Lavoratore', dueDate: '2019-04-30' },
          { title: 'Contattare tre aziende della zona', owner: 'Orientatore', dueDate: '2019-03-15' },
        ],
        frequency: 'fortnightly', date: '2019-02-11',
      }),
    );
    for (const expected of [fullName, worker.codiceFiscale, 'Chiara Innocenti', 'Ricollocarsi come manutentore meccanico', 'Corso di saldatura TIG', '30/04/2019', 'Contattare tre aziende della zona', '15/03/2019', 'ogni due settimane', 'offerte di lavoro congrue', 'Firma del lavoratore', "Firma dell'orientatore responsabile", '11/02/2019'])
      expect(text).toContain(expected);
    // Activities in the order they fall due.
    expect(text.indexOf('Contattare tre aziende')).toBeLessThan(text.indexOf('Corso di saldatura TIG'));
  });

  it('names the worker’s profiling band and its day when there is one, and prints no empty line otherwise', async () => {
    const pact = (profiling?: { band: 'veryHigh'; assignedOn?: string }) =>
      buildServicePactPdf({ programmeName: PROGRAMME, texts: null, worker: { fullName, codiceFiscale: worker.codiceFiscale }, counselorName: 'Chiara Innocenti', profiling, goals: [], activities: [], frequency: 'monthly', date: '2019-02-11' });
    expect((await readPdf(await pact({ band: 'veryHigh', assignedOn: '2019-01-28' }))).text).toContain('Fascia di profilazione Molto alta, assegnata il 28/01/2019');
    expect((await readPdf(await pact({ band: 'veryHigh' }))).text).toContain('Molto alta');
    expect((await readPdf(await pact())).text).not.toContain('Fascia di profilazione');
  });
});

describe('lettera di convocazione', () => {
  it('an introductory meeting: employer, date, time, place and what to bring', async () => {
    const { text } = await readPdf(
      await buildConvocationPdf({
        programmeName: PROGRAMME, texts: null, kind: 'meeting', worker: { fullName, address: worker.address }, subject: 'Operatore CNC', employerName: 'Meccanica Valdarno S.p.A.',
        date: '2019-05-06', time: '09:30', place: 'Via dell’Industria 4, Montevarchi', bring: DEFAULT_BRING.meeting, counselorName: 'Chiara Innocenti', issuedOn: '2019-04-29',
      }),
    );
    for (const expected of [fullName, 'Meccanica Valdarno S.p.A.', 'Operatore CNC', '06/05/2019', 'ore 09:30', 'Via dell’Industria 4, Montevarchi', "un documento d'identità valido", 'curriculum vitae', '29/04/2019', 'Chiara Innocenti'])
      expect(text).toContain(expected);
  });

  it('an interview at the programme office', async () => {
    const { text } = await readPdf(
      await buildConvocationPdf({
        programmeName: PROGRAMME, texts: TEXTS, kind: 'interview', worker: { fullName, address: '' }, subject: 'un colloquio di bilancio di competenze', employerName: '',
        date: '2019-03-04', time: '15:00', place: 'Piazza Marsilio Ficino 5', bring: ['il libretto di lavoro'], counselorName: 'Chiara Innocenti', issuedOn: '2019-02-25',
      }),
    );
    for (const expected of ['convocazione a un colloquio di bilancio di competenze', '04/03/2019', 'ore 15:00', 'il libretto di lavoro', 'patto di servizio']) expect(text).toContain(expected);
    expect(text).not.toContain('Azienda');
  });
});

describe('registro presenze', () => {
  it('every enrolled worker with the codice fiscale and the hours, the session day and a signature column, over pages when long', async () => {
    const rows = demo.workers.map((w) => w.worker).slice(0, 30).map((p, i) => ({ fullName: `${p.surname} ${p.name}`, codiceFiscale: p.codiceFiscale, hours: i === 0 ? 3.5 : i === 1 ? null : 4 }));
    const { text, pages } = await readPdf(
      await buildAttendanceRegisterPdf({
        programmeName: PROGRAMME, texts: TEXTS, course: { title: 'Saldatura TIG e MIG', provider: 'Agenzia formativa Valdarno', hours: 120, startDate: '2019-03-04', endDate: '2019-05-31' },
        date: '2019-03-11', sessionHours: 4, rows,
      }),
    );
    expect(pages).toBeGreaterThan(1);
    for (const row of rows) {
      expect(text).toContain(row.fullName);
      expect(text).toContain(row.codiceFiscale);
    }
    for (const expected of ['Saldatura TIG e MIG', 'Agenzia formativa Valdarno', '11/03/2019', 'dal 04/03/2019 al 31/05/2019, 120 ore', '4 ore', 'Firma', 'Ore', 'Firma del docente', `Iscritti ${rows.length}`])
      expect(text).toContain(expected);
    expect(text).toMatch(new RegExp(`${rows[0]!.codiceFiscale} 3,5`));
    expect(text).toMatch(new RegExp(`${rows[2]!.codiceFiscale} 4`));
  });
});

describe('scheda di presentazione', () => {
  const labels = cvPdfLabels('it');
  const sheet = async (person: (typeof people)[number], variant: 'full' | 'anonymous') => {
    const cv = cvContentFromWorker(person, { reference: 'PCO-4H7RT2', preparedOn: '2019-06-03', courses: [], texts: cvTexts('it') }, variant, 'it');
    return readPdf(
      await buildCandidateSheetPdf({
        programmeName: PROGRAMME, texts: TEXTS, cv, sectionTitles: labels.sections, offer: { role: 'Manutentore meccanico', employerName: 'Meccanica Valdarno S.p.A.' },
        incentives: claimableIncentives({ ...person, protectedCategory: true }, '2019-06-03', variant), counselorName: 'Chiara Innocenti', date: '2019-06-03',
      }),
    );
  };

  it('full: the name, contacts, the offer and the incentives, disability included', async () => {
    const { text, title } = await sheet(worker, 'full');
    for (const expected of [fullName, worker.phone, worker.email, 'Meccanica Valdarno S.p.A.', 'Manutentore meccanico', 'PCO-4H7RT2', '03/06/2019', 'art. 24-bis D.Lgs. 148/2015', 'L. 68/1999', "Incentivi che l'azienda può richiedere"])
      expect(text).toContain(expected);
    expect(title).toContain(fullName);
  });

  it('anonymised: initials and reference, and no name, codice fiscale, contact, address, birth date or disability', async () => {
    for (const person of people.slice(0, 8)) {
      const { text, title } = await sheet(person, 'anonymous');
      expect(text).toContain('PCO-4H7RT2');
      expect(text).toContain('Manutentore meccanico');
      for (const secret of [person.surname, ...person.name.split(' '), person.codiceFiscale, person.email, person.address, person.birthDate]) {
        expect(text.toLowerCase()).not.toMatch(new RegExp(`(^|[^\\p{L}])${secret.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u'));
        expect(title).not.toContain(secret);
      }
      expect(text.replace(/\D/g, '')).not.toContain(person.phone.replace(/\D/g, ''));
      const [y, m, d] = person.birthDate.split('-');
      expect(text).not.toContain(`${d}/${m}/${y}`);
      expect(text).not.toContain('L. 68/1999');
    }
  });

  it('lists the age and sex incentives that apply on the day', () => {
    const kinds = (birthDate: string, sex: 'M' | 'F') => claimableIncentives({ birthDate, sex, protectedCategory: false }, '2019-06-03', 'full').map((line) => line.incentive);
    expect(kinds('1965-01-01', 'M')).toContain('over50_women');
    expect(kinds('1990-01-01', 'M')).toContain('under35');
    expect(kinds('1980-01-01', 'F')).toContain('over50_women');
    expect(kinds('1980-01-01', 'M')).not.toContain('over50_women');
  });
});
