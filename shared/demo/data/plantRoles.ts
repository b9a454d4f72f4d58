// The workforce of a steel-cord plant: roles, departments and what goes with each role.
// Probabilities are per worker of that role; weights are relative headcounts.
import type { EducationLevel, Licence, Shift } from '../../domain/vocabulary';
import type { Weighted } from '../random';

export type RoleFamily = 'production' | 'maintenance' | 'logistics' | 'office' | 'technical';

export interface PlantRole {
  title: string;
  femaleTitle: string;
  department: string;
  family: RoleFamily;
  headcountWeight: number;
  femaleShare: number;
  education: Weighted<EducationLevel>;
  /** Licences and certificates beyond the driving licence, each with its probability. */
  licences: Weighted<Licence>;
  coreSkills: readonly string[];
  optionalSkills: Weighted<string>;
}

const OPERATOR_EDUCATION: Weighted<EducationLevel> = [
  ['none', 1], ['primary', 4], ['lower_secondary', 46], ['vocational_qualification', 24], ['iefp', 3], ['upper_secondary', 21], ['bachelor', 1],
];
const MAINTENANCE_EDUCATION: Weighted<EducationLevel> = [
  ['lower_secondary', 12], ['vocational_qualification', 38], ['iefp', 4], ['upper_secondary', 42], ['ifts', 2], ['its', 2],
];
const LOGISTICS_EDUCATION: Weighted<EducationLevel> = [
  ['primary', 2], ['lower_secondary', 45], ['vocational_qualification', 20], ['upper_secondary', 32], ['bachelor', 1],
];
const QUALITY_EDUCATION: Weighted<EducationLevel> = [
  ['lower_secondary', 10], ['vocational_qualification', 15], ['upper_secondary', 60], ['its', 3], ['bachelor', 9], ['master', 3],
];
const OFFICE_EDUCATION: Weighted<EducationLevel> = [['lower_secondary', 3], ['upper_secondary', 67], ['bachelor', 15], ['master', 15]];
const TECHNICIAN_EDUCATION: Weighted<EducationLevel> = [['upper_secondary', 45], ['ifts', 5], ['its', 10], ['bachelor', 25], ['master', 15]];

const EMERGENCY_TEAM: Weighted<Licence> = [['first_aid', 0.08], ['fire_safety', 0.1]];

export const PLANT_ROLES: readonly PlantRole[] = [
  {
    title: 'Operatore di trafilatura', femaleTitle: 'Operatrice di trafilatura', department: 'Trafilatura', family: 'production',
    headcountWeight: 20, femaleShare: 0.1, education: OPERATOR_EDUCATION,
    licences: [['forklift', 0.35], ['crane', 0.4], ...EMERGENCY_TEAM],
    coreSkills: ['trafilatura'],
    optionalSkills: [['trafilatura a umido', 0.5], ['cambio filiere', 0.5], ['saldatura testa a testa del filo', 0.4], ['conduzione impianti automatizzati', 0.5], ['controllo dimensionale', 0.3], ['lavoro su turni', 0.6], ['carroponte', 0.3]],
  },
  {
    title: 'Operatore di cordatura', femaleTitle: 'Operatrice di cordatura', department: 'Cordatura', family: 'production',
    headcountWeight: 19, femaleShare: 0.12, education: OPERATOR_EDUCATION,
    licences: [['forklift', 0.35], ['crane', 0.35], ...EMERGENCY_TEAM],
    coreSkills: ['cordatura'],
    optionalSkills: [['cordatrici doppia torsione', 0.5], ['attrezzaggio macchine', 0.4], ['bobinatura', 0.3], ['conduzione impianti automatizzati', 0.4], ['controllo dimensionale', 0.3], ['lavoro su turni', 0.6]],
  },
  {
    title: 'Addetto patentamento e ottonatura', femaleTitle: 'Addetta patentamento e ottonatura', department: 'Trattamenti termici e galvanica', family: 'production',
    headcountWeight: 6, femaleShare: 0.05, education: OPERATOR_EDUCATION,
    licences: [['forklift', 0.3], ['crane', 0.4], ...EMERGENCY_TEAM],
    coreSkills: ['trattamenti termici'],
    optionalSkills: [['patentamento', 0.6], ['ottonatura', 0.6], ['galvanica', 0.5], ['gestione bagni chimici', 0.3], ['conduzione impianti automatizzati', 0.4], ['lavoro su turni', 0.5]],
  },
  {
    title: 'Addetto bobinatura e imballaggio', femaleTitle: 'Addetta bobinatura e imballaggio', department: 'Finitura e imballaggio', family: 'production',
    headcountWeight: 5, femaleShare: 0.3, education: OPERATOR_EDUCATION,
    licences: [['forklift', 0.6], ['crane', 0.2], ...EMERGENCY_TEAM],
    coreSkills: ['imballaggio'],
    optionalSkills: [['bobinatura', 0.7], ['etichettatura e tracciabilità lotti', 0.4], ['magazzino', 0.3], ['lavoro su turni', 0.5]],
  },
  {
    title: 'Capoturno di produzione', femaleTitle: 'Capoturno di produzione', department: 'Produzione', family: 'production',
    headcountWeight: 5, femaleShare: 0.05,
    education: [['lower_secondary', 30], ['vocational_qualification', 30], ['upper_secondary', 38], ['bachelor', 2]],
    licences: [['forklift', 0.4], ['crane', 0.4], ['first_aid', 0.25], ['fire_safety', 0.35]],
    coreSkills: ['coordinamento squadre'],
    optionalSkills: [['trafilatura', 0.5], ['cordatura', 0.5], ['pianificazione turni', 0.6], ['sicurezza sul lavoro', 0.6], ['lean manufacturing', 0.25], ['5S', 0.2], ['Excel', 0.4], ['problem solving', 0.3]],
  },
  {
    title: 'Manutentore meccanico', femaleTitle: 'Manutentrice meccanica', department: 'Manutenzione', family: 'maintenance',
    headcountWeight: 8, femaleShare: 0.02, education: MAINTENANCE_EDUCATION,
    licences: [['ple', 0.65], ['pes_pav', 0.35], ['welding', 0.55], ['crane', 0.5], ['forklift', 0.4], ['first_aid', 0.15], ['fire_safety', 0.2]],
    coreSkills: ['manutenzione meccanica'],
    optionalSkills: [['oleodinamica', 0.55], ['pneumatica', 0.5], ['saldatura TIG', 0.35], ['saldatura a elettrodo', 0.4], ['lettura disegno tecnico', 0.6], ['tornitura', 0.3], ['fresatura', 0.25], ['manutenzione preventiva', 0.5], ['riduttori e trasmissioni', 0.3]],
  },
  {
    title: 'Manutentore elettrico-elettronico', femaleTitle: 'Manutentrice elettrica-elettronica', department: 'Manutenzione', family: 'maintenance',
    headcountWeight: 5, femaleShare: 0.02, education: MAINTENANCE_EDUCATION,
    licences: [['pes_pav', 0.92], ['ple', 0.6], ['welding', 0.1], ['forklift', 0.3], ['crane', 0.3], ['first_aid', 0.15], ['fire_safety', 0.2]],
    coreSkills: ['manutenzione elettrica'],
    optionalSkills: [['PLC', 0.7], ['PLC Siemens S7', 0.4], ['quadri elettrici', 0.6], ['azionamenti e inverter', 0.5], ['lettura schemi elettrici', 0.7], ['strumentazione di misura', 0.3], ['manutenzione preventiva', 0.4]],
  },
  {
    title: 'Carrellista', femaleTitle: 'Carrellista', department: 'Logistica interna', family: 'logistics',
    headcountWeight: 6, femaleShare: 0.04, education: LOGISTICS_EDUCATION,
    licences: [['forklift', 1], ['patente_c', 0.45], ['crane', 0.3], ...EMERGENCY_TEAM],
    coreSkills: ['conduzione carrelli elevatori'],
    optionalSkills: [['magazzino', 0.6], ['carico e scarico merci', 0.7], ['gestione documenti di trasporto', 0.3], ['carroponte', 0.3], ['terminale RF', 0.3]],
  },
  {
    title: 'Magazziniere', femaleTitle: 'Magazziniera', department: 'Magazzino e spedizioni', family: 'logistics',
    headcountWeight: 5, femaleShare: 0.12, education: LOGISTICS_EDUCATION,
    licences: [['forklift', 0.85], ['patente_c', 0.2], ...EMERGENCY_TEAM],
    coreSkills: ['magazzino'],
    optionalSkills: [['SAP', 0.3], ['gestione inventario', 0.6], ['spedizioni', 0.5], ['terminale RF', 0.4], ['Excel', 0.3], ['carico e scarico merci', 0.5]],
  },
  {
    title: 'Addetto controllo qualità', femaleTitle: 'Addetta controllo qualità', department: 'Qualità', family: 'technical',
    headcountWeight: 6, femaleShare: 0.4, education: QUALITY_EDUCATION,
    licences: [['forklift', 0.1], ...EMERGENCY_TEAM],
    coreSkills: ['controllo qualità'],
    optionalSkills: [['metrologia', 0.5], ['ISO 9001', 0.4], ['IATF 16949', 0.25], ['prove di trazione', 0.4], ['controllo statistico di processo', 0.3], ['Excel', 0.5], ['micrometro e calibri', 0.5]],
  },
  {
    title: 'Tecnico di laboratorio prove', femaleTitle: 'Tecnica di laboratorio prove', department: 'Laboratorio', family: 'technical',
    headcountWeight: 2, femaleShare: 0.45, education: QUALITY_EDUCATION,
    licences: [...EMERGENCY_TEAM],
    coreSkills: ['prove di laboratorio'],
    optionalSkills: [['prove di trazione', 0.7], ['analisi chimiche', 0.5], ['metallografia', 0.4], ['ISO 9001', 0.3], ['Excel', 0.6]],
  },
  {
    title: 'Impiegato amministrativo', femaleTitle: 'Impiegata amministrativa', department: 'Amministrazione', family: 'office',
    headcountWeight: 4, femaleShare: 0.65, education: OFFICE_EDUCATION,
    licences: [['first_aid', 0.15], ['fire_safety', 0.15]],
    coreSkills: ['amministrazione'],
    optionalSkills: [['contabilità generale', 0.6], ['paghe e contributi', 0.3], ['SAP', 0.5], ['Excel', 0.85], ['Word', 0.6], ['fatturazione', 0.5], ['inglese commerciale', 0.2], ['gestione del personale', 0.2]],
  },
  {
    title: 'Impiegato ufficio acquisti', femaleTitle: 'Impiegata ufficio acquisti', department: 'Acquisti', family: 'office',
    headcountWeight: 1.5, femaleShare: 0.55, education: OFFICE_EDUCATION,
    licences: [['fire_safety', 0.1]],
    coreSkills: ['acquisti'],
    optionalSkills: [['SAP', 0.6], ['Excel', 0.85], ['gestione fornitori', 0.7], ['inglese commerciale', 0.4], ['logistica', 0.3]],
  },
  {
    title: 'Programmatore della produzione', femaleTitle: 'Programmatrice della produzione', department: 'Pianificazione', family: 'office',
    headcountWeight: 1.5, femaleShare: 0.4, education: [['upper_secondary', 60], ['bachelor', 25], ['master', 15]],
    licences: [['fire_safety', 0.1]],
    coreSkills: ['pianificazione della produzione'],
    optionalSkills: [['SAP', 0.6], ['Excel', 0.9], ['MRP', 0.4], ['logistica', 0.4], ['lean manufacturing', 0.3]],
  },
  {
    title: 'Tecnico di processo', femaleTitle: 'Tecnica di processo', department: 'Ingegneria di processo', family: 'technical',
    headcountWeight: 2, femaleShare: 0.2, education: TECHNICIAN_EDUCATION,
    licences: [['ple', 0.1], ['fire_safety', 0.1]],
    coreSkills: ['ingegneria di processo'],
    optionalSkills: [['AutoCAD', 0.5], ['lean manufacturing', 0.5], ['PLC', 0.3], ['Excel', 0.8], ['controllo statistico di processo', 0.5], ['FMEA', 0.3], ['lettura disegno tecnico', 0.6]],
  },
  {
    title: 'Ingegnere di produzione', femaleTitle: 'Ingegnera di produzione', department: 'Direzione tecnica', family: 'technical',
    headcountWeight: 1, femaleShare: 0.2, education: [['bachelor', 25], ['master', 75]],
    licences: [['fire_safety', 0.15]],
    coreSkills: ['gestione della produzione'],
    optionalSkills: [['lean manufacturing', 0.6], ['Six Sigma', 0.3], ['AutoCAD', 0.4], ['SolidWorks', 0.3], ['Excel', 0.9], ['project management', 0.5], ['inglese tecnico', 0.5], ['IATF 16949', 0.3]],
  },
];

/** Shifts a worker of each family is willing to work, each with its probability ('day' is always kept). */
export const SHIFT_ACCEPTANCE: Readonly<Record<RoleFamily, Weighted<Shift>>> = {
  production: [['day', 1], ['two_shifts', 0.85], ['three_shifts', 0.6], ['night', 0.35], ['weekend', 0.3]],
  maintenance: [['day', 1], ['two_shifts', 0.7], ['three_shifts', 0.4], ['night', 0.25], ['weekend', 0.35]],
  logistics: [['day', 1], ['two_shifts', 0.75], ['three_shifts', 0.35], ['night', 0.2], ['weekend', 0.2]],
  technical: [['day', 1], ['two_shifts', 0.45], ['three_shifts', 0.1], ['night', 0.05], ['weekend', 0.05]],
  office: [['day', 1], ['two_shifts', 0.15], ['three_shifts', 0.02], ['night', 0.01], ['weekend', 0.03]],
};

/** Skills many workers list whatever their role. */
export const COMMON_SKILLS: Weighted<string> = [['sicurezza sul lavoro', 0.25], ['lavoro in squadra', 0.2], ['Excel', 0.06], ['lettura disegno tecnico', 0.05]];

/** Short, neutral notes for workers in a protected category (L. 68/99), with the shifts each rules out. */
export const PROTECTED_CATEGORY_NOTES: readonly { note: string; excludedShifts: readonly Shift[] }[] = [
  { note: 'Invalidità civile 50%, idoneo a mansioni senza sollevamento carichi', excludedShifts: [] },
  { note: 'Invalidità civile 46%, da evitare il lavoro notturno', excludedShifts: ['night', 'three_shifts'] },
  { note: 'Invalidità civile 60%, idoneo a mansioni prevalentemente sedute', excludedShifts: [] },
  { note: 'Invalidità civile 67%, esclusi lavori in quota', excludedShifts: [] },
  { note: 'Invalidità del lavoro INAIL 35%, limitazioni alla movimentazione manuale dei carichi', excludedShifts: [] },
  { note: 'Invalidità civile 55%, idoneo con limitazione alla stazione eretta prolungata', excludedShifts: [] },
  { note: 'Ipoacusia, invalidità civile 50%: evitare ambienti molto rumorosi', excludedShifts: [] },
  { note: 'Invalidità civile 48%, idoneo al solo turno giornaliero', excludedShifts: ['two_shifts', 'three_shifts', 'night', 'weekend'] },
];
