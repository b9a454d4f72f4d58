import { describe, expect, it } from 'vitest';
import { generateDemoProgramme } from '../demo/generator';
import { cvTexts } from '../../renderer/cv/texts';
import { copyCvContent, cvContentSchema, type CvContent } from './content';
import { cvContentFromWorker, initialsOf, type CvExtras } from './fromWorker';
import { identifyingDataIn } from './anonymity';
import { newCvReference } from './reference';
import { fill } from './texts';

const demo = generateDemoProgramme({ workers: 40, variant: 'historical' });
const worker = demo.workers.find((w) => w.worker.email && w.worker.phone && w.worker.address && w.worker.languages.some((l) => l.level !== 'native'))!.worker;
const extras = (language: 'it' | 'en'): CvExtras => ({
  reference: 'PCO-7KQ2M9',
  preparedOn: '2019-06-03',
  courses: [{ title: 'Saldatura TIG', provider: 'Agenzia formativa del Valdarno', hours: 120, endedOn: '2019-05-20', qualification: 'Saldatore', certificate: true }],
  texts: cvTexts(language),
});
const lines = (content: CvContent, key: string) => content.sections.find((s) => s.key === key)?.lines ?? [];

describe('cvContentFromWorker', () => {
  it('builds a valid full CV in Italian with the name, the contacts and the plant experience', () => {
    const content = cvContentFromWorker(worker, extras('it'), 'full', 'it');
    expect(cvContentSchema.parse(content)).toEqual(content);
    expect(content.heading).toBe(`${worker.name} ${worker.surname}`);
    expect(lines(content, 'personal').map((l) => l.label)).toEqual(['Indirizzo', 'Telefono', 'E-mail', 'Data di nascita']);
    expect(lines(content, 'work')).toContainEqual({ label: 'Lavoro o posizione ricoperti', text: worker.formerRole });
    expect(lines(content, 'education')[0]).toEqual({ label: 'Titolo di studio', text: cvTexts('it').vocab.education[worker.educationLevel] });
    expect(lines(content, 'education')[1]).toEqual({ label: '20/05/2019', text: 'Saldatura TIG, Agenzia formativa del Valdarno (120 ore). Qualifica: Saldatore' });
    expect(content.summary).toContain(worker.formerRole);
  });

  it('speaks English when asked: labels, vocabulary, language names and CEFR levels', () => {
    const content = cvContentFromWorker(worker, extras('en'), 'full', 'en');
    expect(lines(content, 'personal')[1]?.label).toBe('Telephone');
    expect(lines(content, 'education')[0]?.text).toBe(cvTexts('en').vocab.education[worker.educationLevel]);
    const other = worker.languages.find((l) => l.level !== 'native')!;
    const skills = lines(content, 'skills');
    expect(skills.find((l) => l.text === `Level ${other.level} (CEFR)`)).toBeDefined();
    expect(skills.some((l) => l.label === 'Italian' || l.text.includes('Italian'))).toBe(true);
  });

  it('anonymises: initials, reference, coarse area; nothing that identifies the person', () => {
    const content = cvContentFromWorker(worker, extras('it'), 'anonymous', 'it');
    expect(content.heading).toBe(initialsOf(worker.name, worker.surname));
    expect(lines(content, 'personal')[0]).toEqual({ label: 'Codice di riferimento', text: 'PCO-7KQ2M9' });
    expect(identifyingDataIn(content, worker)).toEqual([]);
    const everything = JSON.stringify(content);
    for (const value of [worker.surname, worker.name, worker.codiceFiscale, worker.phone, worker.email, worker.address, worker.birthDate]) expect(everything).not.toContain(value);
  });

  it('the full CV, by contrast, is flagged by the anonymity check', () => {
    const content = cvContentFromWorker(worker, extras('it'), 'full', 'it');
    expect(identifyingDataIn(content, worker)).toEqual(['surname', 'name', 'phone', 'email', 'address', 'birthDate']);
  });
});

describe('initialsOf', () => {
  it('takes one letter per word of name and surname', () => {
    expect(initialsOf('Mario', 'Rossi')).toBe('M. R.');
    expect(initialsOf('Maria Grazia', 'De Luca')).toBe('M. G. D. L.');
    expect(initialsOf('Ànna', "D'Angelo")).toBe('À. D. A.');
  });
});

describe('identifyingDataIn', () => {
  const base = cvContentFromWorker(worker, extras('it'), 'anonymous', 'it');
  const withText = (text: string): CvContent => ({ ...base, sections: [...base.sections, { key: 'skills', lines: [{ label: 'Note', text }] }] });

  it.each([
    ['surname', `Referenze: sig. ${worker.surname.toUpperCase()}`],
    ['name', `${worker.name} è affidabile`],
    ['codiceFiscale', `CF ${worker.codiceFiscale.toLowerCase()}`],
    ['phone', `Tel. +39 ${worker.phone.replace(/\s/g, '').replace(/(\d{3})(\d{3})(\d+)/, '$1.$2.$3')}`],
    ['email', `Scrivere a ${worker.email.toUpperCase()}`],
    ['address', `Abita in ${worker.address.toLowerCase()}`],
    ['birthDate', `Nato il ${worker.birthDate.split('-').reverse().join('/')}`],
  ] as const)('finds the %s typed back in while reviewing', (field, text) => {
    expect(identifyingDataIn(withText(text), worker)).toContain(field);
  });

  it('does not confuse a name with a word that merely contains it', () => {
    const content = withText('Esperienza in trafilatura e 2018 - 30 km');
    expect(identifyingDataIn(content, { ...worker, surname: 'Trafi', name: 'Esper', phone: '2018 30' })).toEqual([]);
  });

  it('does not flag a surname that is also an ordinary word, but does flag a compound one written in full', () => {
    expect(identifyingDataIn(withText('Formazione dei lavoratori'), { ...worker, surname: 'Dei' })).toEqual([]);
    expect(identifyingDataIn(withText('Referenze: De Luca'), { ...worker, surname: 'De Luca' })).toEqual(['surname']);
    expect(identifyingDataIn(withText('Referenze: sig.ra Grazia'), { ...worker, name: 'Maria Grazia' })).toEqual(['name']);
  });
});

describe('newCvReference', () => {
  it('is PCO- and six Crockford characters, valid for the schema', () => {
    const reference = newCvReference();
    expect(reference).toMatch(/^PCO-[0-9A-HJKMNP-TV-Z]{6}$/);
    expect(newCvReference(() => new Uint8Array([0, 31, 32, 255, 10, 18]))).toBe('PCO-0Z0ZAJ');
  });

  it('differs between versions', () => {
    const references = new Set(Array.from({ length: 200 }, () => newCvReference()));
    expect(references.size).toBe(200);
  });
});

describe('fill', () => {
  it('replaces known placeholders and leaves unknown ones visible', () => {
    expect(fill('{{a}} e {{b}}', { a: 1 })).toBe('1 e {{b}}');
  });
});

describe('copyCvContent', () => {
  it('keeps the reviewed text and puts the new reference wherever the old one was', () => {
    const saved = { ...cvContentFromWorker(worker, extras('it'), 'anonymous', 'it'), summary: 'Testo rivisto (PCO-7KQ2M9).' };
    const copy = copyCvContent(saved, 'PCO-AB12CD', '2019-07-01');
    expect(copy).toMatchObject({ reference: 'PCO-AB12CD', preparedOn: '2019-07-01', summary: 'Testo rivisto (PCO-AB12CD).', variant: 'anonymous', heading: saved.heading });
    expect(JSON.stringify(copy)).not.toContain('PCO-7KQ2M9');
    expect(lines(copy, 'work')).toEqual(lines(saved, 'work'));
  });
});
