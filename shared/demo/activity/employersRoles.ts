// What the employers of the area asked for in 2019, by ATECO division: roles close to the plant's
// trades (metalworking, maintenance, logistics, quality) and the area's other industries
// (leather goods, wine, construction, transport). Skill names match the worker profiles'.
import type { ContractType, EducationLevel, Licence, Shift } from '../../domain/vocabulary';
import type { Weighted } from '../random';

export interface RoleTemplate {
  role: string;
  required: readonly string[];
  /** Preferred skills, each with its probability of being asked. */
  preferred: Weighted<string>;
  licences: readonly Licence[];
  minEducation?: EducationLevel;
  /** Minimum years in the role, when the employer states one. */
  minYears?: number;
  shifts: readonly Shift[];
  /** Chance that the offer is part-time. */
  partTimeChance?: number;
}

const INDUSTRIAL_CONTRACTS: Weighted<ContractType> = [['fixed_term', 45], ['permanent', 25], ['agency_fixed_term', 15], ['apprenticeship', 10], ['internship', 5]];
const SERVICE_CONTRACTS: Weighted<ContractType> = [['fixed_term', 50], ['permanent', 20], ['intermittent', 10], ['agency_fixed_term', 10], ['cooperative_member', 10]];
const AGENCY_CONTRACTS: Weighted<ContractType> = [['agency_fixed_term', 80], ['agency_permanent', 20]];

const CNC: RoleTemplate = { role: 'Tornitore CNC', required: ['tornitura'], preferred: [['programmazione CNC', 0.6], ['lettura disegno tecnico', 0.7], ['controllo dimensionale', 0.4], ['Fanuc', 0.3]], licences: [], minEducation: 'lower_secondary', minYears: 2, shifts: ['day', 'two_shifts'] };
const MILLER: RoleTemplate = { role: 'Fresatore su macchine a controllo numerico', required: ['fresatura'], preferred: [['programmazione CNC', 0.6], ['lettura disegno tecnico', 0.7], ['Heidenhain', 0.3]], licences: [], minEducation: 'lower_secondary', minYears: 2, shifts: ['day', 'two_shifts'] };
const WELDER: RoleTemplate = { role: 'Saldatore', required: ['saldatura a filo'], preferred: [['saldatura TIG', 0.5], ['saldatura a elettrodo', 0.4], ['lettura disegno tecnico', 0.5]], licences: ['welding'], minYears: 1, shifts: ['day'] };
const MECH_MAINT: RoleTemplate = { role: 'Manutentore meccanico', required: ['manutenzione meccanica'], preferred: [['oleodinamica', 0.6], ['pneumatica', 0.5], ['manutenzione preventiva', 0.5], ['saldatura a elettrodo', 0.3]], licences: ['ple'], minEducation: 'vocational_qualification', minYears: 3, shifts: ['day', 'two_shifts', 'weekend'] };
const ELEC_MAINT: RoleTemplate = { role: 'Manutentore elettrico', required: ['manutenzione elettrica'], preferred: [['PLC', 0.7], ['quadri elettrici', 0.5], ['lettura schemi elettrici', 0.6], ['azionamenti e inverter', 0.3]], licences: ['pes_pav'], minEducation: 'upper_secondary', minYears: 3, shifts: ['day', 'two_shifts'] };
const ASSEMBLER: RoleTemplate = { role: 'Montatore meccanico', required: ['montaggio meccanico'], preferred: [['lettura disegno tecnico', 0.6], ['pneumatica', 0.3], ['oleodinamica', 0.3]], licences: [], minEducation: 'lower_secondary', shifts: ['day'] };
const MACHINE_OPERATOR: RoleTemplate = { role: 'Operatore di macchine automatiche', required: ['conduzione impianti automatizzati'], preferred: [['attrezzaggio macchine', 0.5], ['controllo dimensionale', 0.4], ['lavoro su turni', 0.6]], licences: [], minEducation: 'lower_secondary', shifts: ['two_shifts', 'three_shifts'] };
const QUALITY: RoleTemplate = { role: 'Addetto al controllo qualità', required: ['controllo qualità'], preferred: [['metrologia', 0.5], ['micrometro e calibri', 0.6], ['ISO 9001', 0.4], ['Excel', 0.4]], licences: [], minEducation: 'upper_secondary', minYears: 1, shifts: ['day', 'two_shifts'] };
const FORKLIFT: RoleTemplate = { role: 'Carrellista', required: ['conduzione carrelli elevatori'], preferred: [['carico e scarico merci', 0.6], ['terminale RF', 0.4], ['magazzino', 0.5]], licences: ['forklift'], shifts: ['day', 'two_shifts'] };
const WAREHOUSE: RoleTemplate = { role: 'Magazziniere', required: ['magazzino'], preferred: [['gestione inventario', 0.5], ['terminale RF', 0.4], ['spedizioni', 0.4], ['SAP', 0.2]], licences: ['forklift'], minEducation: 'lower_secondary', shifts: ['day', 'two_shifts'] };
const PICKER: RoleTemplate = { role: 'Addetto picking e preparazione ordini', required: ['preparazione ordini'], preferred: [['terminale RF', 0.6], ['magazzino', 0.5]], licences: [], shifts: ['two_shifts', 'night'], partTimeChance: 0.2 };
const DRAWER: RoleTemplate = { role: 'Operatore di trafilatura', required: ['trafilatura'], preferred: [['cambio filiere', 0.5], ['controllo dimensionale', 0.4], ['carroponte', 0.4], ['lavoro su turni', 0.6]], licences: ['crane'], minEducation: 'lower_secondary', minYears: 2, shifts: ['two_shifts', 'three_shifts'] };
const SPRINGS: RoleTemplate = { role: 'Operatore macchine per molle e filo', required: ['lavorazione del filo'], preferred: [['attrezzaggio macchine', 0.6], ['controllo dimensionale', 0.4]], licences: [], shifts: ['two_shifts'] };
const CABLE: RoleTemplate = { role: 'Operatore linea cavi', required: ['cordatura'], preferred: [['bobinatura', 0.5], ['conduzione impianti automatizzati', 0.5], ['lavoro su turni', 0.5]], licences: ['forklift'], shifts: ['two_shifts', 'three_shifts'] };
const STEELWORK: RoleTemplate = { role: 'Carpentiere metallico', required: ['carpenteria metallica'], preferred: [['saldatura a filo', 0.6], ['lettura disegno tecnico', 0.6], ['carroponte', 0.4]], licences: ['crane'], minYears: 2, shifts: ['day'] };
const PLATING: RoleTemplate = { role: 'Addetto impianto galvanico', required: ['galvanica'], preferred: [['gestione bagni chimici', 0.6], ['trattamenti termici', 0.3]], licences: ['forklift'], shifts: ['two_shifts'] };
const PLASTICS: RoleTemplate = { role: 'Operatore stampaggio materie plastiche', required: ['stampaggio a iniezione'], preferred: [['attrezzaggio macchine', 0.5], ['controllo qualità', 0.3]], licences: [], shifts: ['two_shifts', 'three_shifts'] };
const LEATHER_CUT: RoleTemplate = { role: 'Addetto al taglio pelle', required: ['taglio pelle'], preferred: [['taglio a macchina', 0.5], ['controllo qualità', 0.3]], licences: [], shifts: ['day'], partTimeChance: 0.15 };
const LEATHER_ASSEMBLY: RoleTemplate = { role: 'Addetto montaggio pelletteria', required: ['montaggio pelletteria'], preferred: [['cucitura a macchina', 0.5], ['rifinitura', 0.5]], licences: [], shifts: ['day'], partTimeChance: 0.2 };
const SHOES: RoleTemplate = { role: 'Addetto orlatura e montaggio calzature', required: ['montaggio calzature'], preferred: [['orlatura', 0.5]], licences: [], shifts: ['day'] };
const FOOD: RoleTemplate = { role: 'Addetto alla produzione alimentare', required: ['produzione alimentare'], preferred: [['confezionamento', 0.5], ['igiene degli alimenti', 0.5]], licences: ['haccp'], shifts: ['day', 'two_shifts'], partTimeChance: 0.3 };
const BAKER: RoleTemplate = { role: 'Aiuto panettiere', required: ['panificazione'], preferred: [['igiene degli alimenti', 0.5]], licences: ['haccp'], shifts: ['night'], partTimeChance: 0.3 };
const CELLAR: RoleTemplate = { role: 'Cantiniere', required: ['lavori di cantina'], preferred: [['imbottigliamento', 0.6], ['conduzione carrelli elevatori', 0.4]], licences: ['forklift'], shifts: ['day'] };
const BOTTLING: RoleTemplate = { role: 'Addetto linea di imbottigliamento', required: ['imbottigliamento'], preferred: [['conduzione impianti automatizzati', 0.5], ['manutenzione meccanica', 0.2]], licences: [], shifts: ['day', 'two_shifts'] };
const KILN: RoleTemplate = { role: 'Addetto fornace', required: ['conduzione forni'], preferred: [['movimentazione carichi', 0.5]], licences: ['forklift'], shifts: ['two_shifts', 'three_shifts'] };
const MASON: RoleTemplate = { role: 'Muratore', required: ['muratura'], preferred: [['lettura disegno tecnico', 0.3], ['carpenteria edile', 0.4]], licences: ['patente_b'], minYears: 3, shifts: ['day'] };
const BUILDER_HAND: RoleTemplate = { role: 'Manovale edile', required: ['edilizia'], preferred: [['movimentazione carichi', 0.5]], licences: ['patente_b'], shifts: ['day'] };
const ELECTRICIAN: RoleTemplate = { role: 'Elettricista impiantista', required: ['impianti elettrici civili'], preferred: [['impianti industriali', 0.5], ['lettura schemi elettrici', 0.6], ['domotica', 0.2]], licences: ['pes_pav', 'patente_b'], minEducation: 'vocational_qualification', minYears: 2, shifts: ['day'] };
const MECHANIC: RoleTemplate = { role: 'Meccanico auto', required: ['meccanica auto'], preferred: [['diagnosi elettronica', 0.5], ['pneumatici', 0.3]], licences: ['patente_b'], minYears: 2, shifts: ['day'] };
const SHOP_WAREHOUSE: RoleTemplate = { role: 'Addetto magazzino e scaffali', required: ['rifornimento scaffali'], preferred: [['magazzino', 0.5], ['conduzione carrelli elevatori', 0.3]], licences: [], shifts: ['day', 'weekend'], partTimeChance: 0.5 };
const DELI: RoleTemplate = { role: 'Addetto banco gastronomia', required: ['banco alimentare'], preferred: [['igiene degli alimenti', 0.6]], licences: ['haccp'], shifts: ['day', 'weekend'], partTimeChance: 0.5 };
const DRIVER_CE: RoleTemplate = { role: 'Autista patente CE', required: ['guida mezzi pesanti'], preferred: [['gestione documenti di trasporto', 0.5], ['carico e scarico merci', 0.5]], licences: ['patente_ce', 'cqc'], minYears: 1, shifts: ['day', 'night'] };
const DRIVER_C: RoleTemplate = { role: 'Autista patente C per consegne', required: ['guida mezzi pesanti'], preferred: [['carico e scarico merci', 0.6]], licences: ['patente_c', 'cqc'], shifts: ['day'] };
const WASTE_DRIVER: RoleTemplate = { role: 'Autista mezzi raccolta rifiuti', required: ['guida mezzi pesanti'], preferred: [['raccolta differenziata', 0.5]], licences: ['patente_c', 'cqc'], shifts: ['day', 'two_shifts'] };
const SORTING: RoleTemplate = { role: 'Operatore impianto di selezione rifiuti', required: ['selezione materiali'], preferred: [['conduzione carrelli elevatori', 0.4]], licences: [], shifts: ['two_shifts'] };
const CLEANER: RoleTemplate = { role: 'Addetto pulizie industriali', required: ['pulizie industriali'], preferred: [['uso lavasciuga', 0.5]], licences: [], shifts: ['day', 'night'], partTimeChance: 0.6 };
const HOTEL_MAINT: RoleTemplate = { role: 'Manutentore di struttura ricettiva', required: ['manutenzione generale'], preferred: [['impianti idraulici', 0.5], ['impianti elettrici civili', 0.4]], licences: ['patente_b'], shifts: ['day', 'weekend'] };
const NIGHT_PORTER: RoleTemplate = { role: 'Portiere di notte', required: ['accoglienza clienti'], preferred: [['inglese', 0.7]], licences: [], shifts: ['night'] };

/** Roles asked by each ATECO 2007 division (first two digits of the code). */
export const ROLES_BY_DIVISION: Readonly<Record<string, readonly RoleTemplate[]>> = {
  '10': [FOOD, BAKER, WAREHOUSE],
  '11': [CELLAR, BOTTLING, FORKLIFT],
  '15': [LEATHER_CUT, LEATHER_ASSEMBLY, SHOES, QUALITY, WAREHOUSE],
  '22': [PLASTICS, MACHINE_OPERATOR, WAREHOUSE],
  '23': [KILN, FORKLIFT],
  '24': [DRAWER, MACHINE_OPERATOR, MECH_MAINT, QUALITY, FORKLIFT],
  '25': [CNC, MILLER, WELDER, STEELWORK, PLATING, SPRINGS, MACHINE_OPERATOR, MECH_MAINT, QUALITY, WAREHOUSE],
  '27': [CABLE, MACHINE_OPERATOR, ELEC_MAINT, QUALITY],
  '28': [ASSEMBLER, CNC, WELDER, ELEC_MAINT, QUALITY],
  '29': [MACHINE_OPERATOR, ASSEMBLER, QUALITY, FORKLIFT],
  '33': [MECH_MAINT, ELEC_MAINT, WELDER],
  '38': [WASTE_DRIVER, SORTING],
  '41': [MASON, BUILDER_HAND],
  '43': [ELECTRICIAN],
  '45': [MECHANIC],
  '47': [SHOP_WAREHOUSE, DELI],
  '49': [DRIVER_CE, DRIVER_C],
  '52': [FORKLIFT, WAREHOUSE, PICKER],
  '55': [HOTEL_MAINT, NIGHT_PORTER],
  '78': [MACHINE_OPERATOR, FORKLIFT, WAREHOUSE, WELDER, PICKER, CNC, MECH_MAINT, QUALITY, DRAWER],
  '81': [CLEANER],
};

/** The plant's trades, for an employer whose division has no list of its own. */
export const FALLBACK_ROLES: readonly RoleTemplate[] = [MACHINE_OPERATOR, WAREHOUSE, MECH_MAINT];

export function contractsFor(division: string): Weighted<ContractType> {
  if (division === '78') return AGENCY_CONTRACTS;
  return ['47', '55', '81', '10'].includes(division) ? SERVICE_CONTRACTS : INDUSTRIAL_CONTRACTS;
}

/** Contacts with employers: what was said, in the counselors' words. */
export const CONTACT_OUTCOMES: Readonly<Record<'call' | 'visit' | 'email', readonly string[]>> = {
  call: [
    'Presentato il programma e gli incentivi all’assunzione',
    'Interessati a profili di produzione, da ricontattare',
    'Nessuna ricerca in corso, richiamare tra due mesi',
    'Confermato l’incontro con i candidati',
    'Chiesto un riscontro sui candidati proposti',
    'Segnalata una nuova posizione aperta',
  ],
  visit: [
    'Visita allo stabilimento con il responsabile di produzione',
    'Incontro con l’ufficio del personale: presentati i profili',
    'Visita ai reparti e raccolta dei fabbisogni',
    'Colloqui di gruppo con i candidati in azienda',
  ],
  email: [
    'Inviata la scheda del programma e degli incentivi',
    'Inviati i profili anonimi dei candidati',
    'Ricevuta la descrizione della posizione',
    'Inviata la conferma dei candidati per il colloquio',
  ],
};

export const CONTACT_NOTES: readonly string[] = [
  'Referente disponibile il martedì e il giovedì mattina.',
  'Chiedono candidati disponibili da subito, anche su turni.',
  'Interessati all’esonero contributivo per l’accordo di ricollocazione.',
  'Preferiscono un periodo di prova in somministrazione prima dell’assunzione.',
  'Da richiamare dopo la chiusura estiva.',
  'Chiedono la patente del carrello in corso di validità.',
  'Possibile inserimento di altre due persone in autunno.',
  '',
  '',
  '',
];

export const OFFER_DESCRIPTIONS: readonly string[] = [
  'Inserimento in reparto con affiancamento iniziale.',
  'Sostituzione di personale in uscita; possibilità di proroga.',
  'Potenziamento della produzione per nuove commesse.',
  'Ampliamento del magazzino e delle spedizioni.',
  'Ricerca legata all’apertura di una nuova linea.',
  'Orario su turni con maggiorazioni da contratto.',
  '',
];
