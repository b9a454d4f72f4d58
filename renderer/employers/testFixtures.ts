// Hand-made employers and offers for unit tests: valid by construction, with real partite IVA.
import { computePartitaIvaCheckDigit } from '../../shared/validation/partitaIva';
import type { EmployerInput } from '../../shared/domain/employer';
import type { OfferInput } from '../../shared/domain/offer';

/** A valid partita IVA from a serial number and an office code (048 Florence, 051 Arezzo). */
export function partitaIva(serial: string, office = '048'): string {
  const first10 = `${serial.padStart(7, '0')}${office}`;
  return `${first10}${computePartitaIvaCheckDigit(first10)}`;
}

export function sampleEmployer(overrides: Partial<EmployerInput> = {}): EmployerInput {
  return {
    legalName: 'Meccanica Valdarno S.r.l.',
    partitaIva: partitaIva('1234567'),
    ateco: { code: '25.62.00', section: 'C', version: '2007', description: 'Lavori di meccanica generale' },
    comuneCode: 'D583',
    address: 'Via dell’Industria, 12',
    contactName: 'Laura Vannini',
    phone: '055 9123456',
    email: 'selezione@meccanicavaldarno.it',
    incentives: ['company_third_party'],
    ...overrides,
  };
}

export function sampleOffer(employerId: string, overrides: Partial<OfferInput> = {}): OfferInput {
  return {
    employerId,
    role: 'Tornitore CNC',
    description: 'Turni su due linee; chiedere di Laura Vannini.',
    positions: 2,
    comuneCode: 'D583',
    contractType: 'fixed_term',
    fixedTermMonths: 12,
    shifts: ['two_shifts'],
    hard: { licences: ['patente_b'], minEducation: 'lower_secondary', requiredSkills: ['tornitura CNC'] },
    soft: { preferredSkills: ['Fanuc'], minYearsInRole: 2 },
    source: 'employer_contact',
    receivedOn: '2019-03-04',
    state: 'open',
    ...overrides,
  };
}
