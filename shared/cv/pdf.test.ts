import { describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../demo/generator';
import { cvPdfLabels, cvTexts } from '../../renderer/cv/texts';
import type { Worker } from '../domain/worker';
import type { CvContent, CvLanguage, CvVariant } from './content';
import { cvContentFromWorker, yearsRange } from './fromWorker';
import { buildCvPdf } from './pdf';
import { readPdf } from '../documents/templates/readPdf.testing';

const demo = generateDemoProgramme({ workers: 60, variant: 'historical' });
const withContacts = demo.workers.map((w) => w.worker).filter((w) => w.phone && w.email && w.address);
const worker = withContacts[0]!;

const cvOf = (person: Worker, variant: CvVariant, language: CvLanguage): CvContent =>
  cvContentFromWorker(person, { reference: 'PCO-4H7RT2', preparedOn: '2019-09-16', courses: [], texts: cvTexts(language) }, variant, language);
const pdfOf = async (content: CvContent) => readPdf(await buildCvPdf(content, cvPdfLabels(content.language)));

/** Asserts that nothing in `text` identifies `person`, each field in the forms it is written in. */
function expectNoIdentifyingData(text: string, person: Worker): void {
  const lower = text.toLowerCase();
  const word = (value: string) => new RegExp(`(^|[^\\p{L}])${value.toLowerCase()}($|[^\\p{L}])`, 'u');
  expect(lower).not.toMatch(word(person.surname));
  for (const part of person.name.split(' ')) expect(lower).not.toMatch(word(part));
  expect(text.toUpperCase()).not.toContain(person.codiceFiscale);
  expect(text.replace(/\D/g, '')).not.toContain(person.phone.replace(/\D/g, ''));
  expect(lower).not.toContain(person.email.toLowerCase());
  expect(lower).not.toContain(person.address.toLowerCase());
  expect(lower).not.toContain(person.address.replace(/,?\s*\d+$/, '').toLowerCase());
  const [y, m, d] = person.birthDate.split('-');
  expect(text).not.toContain(`${d}/${m}/${y}`);
  expect(text).not.toContain(person.birthDate);
}

describe('buildCvPdf', () => {
  it('writes a full Italian CV with the name, the role, the contacts and Italian headings', async () => {
    const { text, title } = await pdfOf(cvOf(worker, 'full', 'it'));
    expect(text).toContain(`${worker.name} ${worker.surname}`);
    expect(text).toContain(worker.formerRole);
    expect(text).toContain(worker.phone);
    expect(text).toContain(worker.email);
    for (const heading of ['Informazioni personali', 'Profilo', 'Occupazione desiderata', 'Esperienza professionale', 'Istruzione e formazione', 'Capacità e competenze personali', 'Pagina 1 di 1', 'Rif. PCO-4H7RT2'])
      expect(text).toContain(heading);
    expect(title).toBe(`Curriculum vitae — ${worker.name} ${worker.surname}`);
  });

  it('writes English headings and labels when the CV is in English', async () => {
    const { text } = await pdfOf(cvOf(worker, 'full', 'en'));
    for (const heading of ['Personal information', 'Work experience', 'Education and training', 'Personal skills and competences', 'Telephone', 'Date of birth', 'Page 1 of 1'])
      expect(text).toContain(heading);
    expect(text).not.toContain('Informazioni personali');
  });

  it.each(['it', 'en'] as const)('anonymised (%s): initials and reference, and no name, codice fiscale, contact, address or birth date', async (language) => {
    for (const person of withContacts.slice(0, 8)) {
      const content = cvOf(person, 'anonymous', language);
      const { text, title } = await pdfOf(content);
      expect(text).toContain(content.heading);
      expect(content.heading).toMatch(/^(\p{Lu}\. ?)+$/u);
      expect(text).toContain('PCO-4H7RT2');
      expect(text).toContain(person.formerRole);
      expectNoIdentifyingData(text, person);
      expectNoIdentifyingData(title, person);
    }
  });

  it('anonymised: years of service as a range, the plant as an engineering company of the Valdarno, no programme jargon', async () => {
    const person = withContacts.find((candidate) => (candidate.yearsAtPlant ?? 0) >= 10 && (candidate.yearsAtPlant ?? 0) < 15) ?? worker;
    const years = person.yearsAtPlant ?? 0;
    expect(years).toBeGreaterThanOrEqual(10);
    const { text } = await pdfOf(cvOf(person, 'anonymous', 'it'));
    expect(text).toContain('10–15 anni');
    expect(text).toContain('Fino al 2018 (10–15 anni)');
    expect(text).not.toContain(`${years} anni`);
    expect(text).not.toContain(String(2019 - years));
    expect(text).toContain('Azienda metalmeccanica del Valdarno');
    for (const identifying of ['Figline', 'cordicella', 'steel cord', 'Percorso nel programma', 'programma PCO']) expect(text).not.toContain(identifying);

    const full = await pdfOf(cvOf(person, 'full', 'it'));
    expect(full.text).toContain(`${2019 - years} – 2018 (${years} anni)`);
    expect(full.text).toContain('Figline e Incisa Valdarno');
  });

  it('anonymised, the plant kept by the counselor: named, the years still a range', async () => {
    const person = withContacts.find((candidate) => (candidate.yearsAtPlant ?? 0) >= 20) ?? worker;
    const content = cvContentFromWorker(person, { reference: 'PCO-4H7RT2', preparedOn: '2019-09-16', courses: [], texts: cvTexts('en'), namePlant: true }, 'anonymous', 'en');
    const { text } = await pdfOf(content);
    expect(text).toContain('Steel wire and steel cord plant, Figline e Incisa Valdarno');
    expect(text).toMatch(/\b(20–25|25–30) years\b|over 30 years/);
    expect(text).not.toContain('Engineering company');
    expectNoIdentifyingData(text, person);
  });

  it('writes Italian accents and the euro sign, and replaces what Helvetica cannot encode instead of failing', async () => {
    const content: CvContent = {
      ...cvOf(worker, 'full', 'it'),
      heading: 'Łukasz Wróbel',
      summary: 'Più città, perché è così: àèéìòù ÀÈÉÌÒÙ, 1.500 € — «ok». Жанна 🙂 Ștefan',
    };
    const { text } = await pdfOf(content);
    expect(text).toContain('Lukasz Wróbel');
    expect(text).toContain('Più città, perché è così: àèéìòù ÀÈÉÌÒÙ, 1.500 € — «ok».');
    expect(text).toContain('????? ? Stefan');
  });

  it('continues on more pages when the content is long, with the page count in every footer', async () => {
    const base = cvOf(worker, 'anonymous', 'it');
    const many = Array.from({ length: 70 }, (_, i) => ({ label: `Esperienza ${i + 1}`, text: 'Operaio addetto alla linea di trafilatura, con responsabilità sulla qualità del filo e sul cambio formato delle macchine.' }));
    const content: CvContent = { ...base, sections: base.sections.map((s) => (s.key === 'work' ? { ...s, lines: [...s.lines, ...many] } : s)) };
    const { text, pages } = await pdfOf(content);
    expect(pages).toBeGreaterThan(2);
    expect(text).toContain(`Pagina ${pages} di ${pages}`);
    expect(text).toContain('Esperienza 70');
  });

  it('gives the same bytes for the same content', async () => {
    const content = cvOf(worker, 'full', 'it');
    const labels = cvPdfLabels('it');
    expect(await buildCvPdf(content, labels)).toEqual(await buildCvPdf(content, labels));
  });
});

describe('yearsRange', () => {
  it('puts years of service in bands of five', () => {
    const texts = cvTexts('it');
    expect([1, 4, 5, 9, 10, 14, 15, 29, 30, 41].map((years) => yearsRange(years, texts))).toEqual([
      'meno di 5 anni', 'meno di 5 anni', '5–10 anni', '5–10 anni', '10–15 anni', '10–15 anni', '15–20 anni', '25–30 anni', 'oltre 30 anni', 'oltre 30 anni',
    ]);
  });
});
