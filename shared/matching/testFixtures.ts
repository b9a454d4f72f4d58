// Hand-made workers and offers for the matching tests: a plausible default, overridden per case.
import type { MatchOffer, MatchWorker } from './types';

/** Figline e Incisa Valdarno, Incisa in Val d'Arno (historical code), Firenze, Castel Focognano (no coordinates of its own). */
export const FIGLINE = 'M321';
export const INCISA = 'E296';
export const FIRENZE = 'D612';
export const CASTEL_FOCOGNANO = 'C102';

export function aWorker(overrides: Partial<MatchWorker> = {}): MatchWorker {
  return {
    id: 'w-1',
    residenceCode: FIGLINE,
    status: 'active',
    formerRole: 'Manutentore elettrico-elettronico',
    yearsAtPlant: 8,
    educationLevel: 'upper_secondary',
    licences: ['patente_b', 'pes_pav'],
    skills: ['manutenzione elettrica', 'PLC'],
    commuteLimitKm: 30,
    preferredContracts: [],
    refusedContracts: [],
    acceptedShifts: [],
    availableFrom: undefined,
    ...overrides,
  };
}

export function anOffer(overrides: Partial<MatchOffer> = {}): MatchOffer {
  return {
    id: 'o-1',
    employerId: 'e-1',
    role: 'Manutentore elettrico',
    comuneCode: FIGLINE,
    contractType: 'permanent',
    shifts: [],
    hard: { licences: [], requiredSkills: [] },
    soft: { preferredSkills: [] },
    deadline: undefined,
    startDate: undefined,
    state: 'open',
    ...overrides,
  };
}
