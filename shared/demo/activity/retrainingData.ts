// What the demo's retraining and self-employment are made of: the courses offered to the workers
// in 2019 (Tuscan regional vouchers, interprofessional funds, the social plan) and the businesses
// former workers set up. Providers and funders are fictitious or generic.
import type { Course } from '../../domain/casework';
import type { AtecoCode } from '../../domain/employer';
import type { RoleFamily } from '../data/plantRoles';
import type { Weighted } from '../random';

export interface CourseTemplate {
  key: string;
  course: Omit<Course, 'startDate' | 'endDate'>;
  /** Calendar length of an edition. */
  weeks: number;
  /** How well the course suits workers of each plant family (relative weights; 0 = never proposed). */
  fit: Readonly<Record<RoleFamily, number>>;
  /** Starts (Mondays) of the editions planned for 2019, placed on the demo's calendar; more open when workers need them. */
  editions: readonly string[];
}

const ALL = { production: 1, maintenance: 1, logistics: 1, office: 1, technical: 1 } as const;

export const COURSE_TEMPLATES: readonly CourseTemplate[] = [
  {
    key: 'welding',
    course: { provider: 'Valdarno Formazione scarl', title: 'Saldatura a filo continuo MIG/MAG, TIG ed elettrodo', hours: 200, funding: 'regional_voucher', qualification: 'Qualificazione di saldatore secondo UNI EN ISO 9606-1', teachesSkills: ['saldatura MIG/MAG', 'saldatura TIG', 'lettura disegno tecnico'], teachesLicences: ['welding'] },
    weeks: 12,
    fit: { production: 6, maintenance: 5, logistics: 1, office: 0, technical: 1 },
    editions: ['2019-03-04', '2019-09-09'],
  },
  {
    key: 'forklift',
    course: { provider: 'Centro Sicurezza Lavoro Valdarno', title: 'Conduttore di carrelli elevatori con patentino', hours: 12, funding: 'social_plan', qualification: 'Abilitazione alla conduzione di carrelli elevatori (Accordo Stato-Regioni 22/02/2012)', teachesSkills: ['movimentazione merci'], teachesLicences: ['forklift'] },
    weeks: 1,
    fit: { production: 4, maintenance: 1, logistics: 5, office: 1, technical: 1 },
    editions: ['2019-03-04', '2019-05-13', '2019-10-07'],
  },
  {
    key: 'plc',
    course: { provider: 'Agenzia formativa Arno Tecnica', title: 'Tecnico manutentore elettrico e dell’automazione industriale (PLC)', hours: 800, funding: 'regional_voucher', qualification: 'Qualifica regionale di tecnico della manutenzione di impianti elettrici e di automazione (EQF 4)', teachesSkills: ['PLC Siemens S7', 'impianti elettrici industriali', 'lettura schemi elettrici', 'pneumatica'], teachesLicences: ['pes_pav'] },
    weeks: 48,
    fit: { production: 3, maintenance: 8, logistics: 1, office: 0, technical: 4 },
    editions: ['2019-02-11'],
  },
  {
    key: 'accounting',
    course: { provider: 'Agenzia formativa Arno Tecnica', title: 'Tecniche di amministrazione, contabilità e paghe (IFTS)', hours: 800, funding: 'regional_voucher', qualification: 'Certificato di specializzazione tecnica superiore IFTS (EQF 4)', teachesSkills: ['contabilità generale', 'elaborazione paghe', 'gestionali ERP'], teachesLicences: [] },
    weeks: 48,
    fit: { production: 0, maintenance: 0, logistics: 1, office: 6, technical: 3 },
    editions: ['2019-02-18'],
  },
  {
    key: 'cnc',
    course: { provider: 'Agenzia formativa Arno Tecnica', title: 'Operatore di macchine utensili a controllo numerico (CNC)', hours: 480, funding: 'regional_voucher', qualification: 'Qualifica regionale di addetto alla conduzione di macchine utensili CNC (EQF 3)', teachesSkills: ['tornio CNC', 'fresa CNC', 'programmazione ISO', 'metrologia'], teachesLicences: [] },
    weeks: 30,
    fit: { production: 6, maintenance: 4, logistics: 1, office: 0, technical: 2 },
    editions: ['2019-04-01'],
  },
  {
    key: 'logistics',
    course: { provider: 'Polo Logistico Formazione Toscana', title: 'Logistica e gestione del magazzino con SAP', hours: 160, funding: 'interprofessional_fund', qualification: '', teachesSkills: ['SAP MM', 'gestione magazzino', 'inventario', 'spedizioni'], teachesLicences: [] },
    weeks: 10,
    fit: { production: 2, maintenance: 1, logistics: 6, office: 3, technical: 1 },
    editions: ['2019-05-06'],
  },
  {
    key: 'catering',
    course: { provider: 'Scuola Alberghiera del Valdarno', title: 'Addetto alla preparazione dei pasti e HACCP', hours: 450, funding: 'regional_voucher', qualification: 'Qualifica regionale di addetto alla preparazione, cottura e distribuzione di pietanze (EQF 3)', teachesSkills: ['preparazione pasti', 'cucina', 'igiene alimentare'], teachesLicences: ['haccp'] },
    weeks: 26,
    fit: { production: 2, maintenance: 1, logistics: 2, office: 2, technical: 1 },
    editions: ['2019-03-18'],
  },
  {
    key: 'truck',
    course: { provider: 'Autoscuola e centro formazione Valdarno', title: 'Patente C e Carta di qualificazione del conducente (CQC merci)', hours: 150, funding: 'social_plan', qualification: 'Patente C e CQC trasporto merci', teachesSkills: ['guida mezzi pesanti', 'cronotachigrafo'], teachesLicences: ['patente_c', 'cqc'] },
    weeks: 12,
    fit: { production: 3, maintenance: 2, logistics: 6, office: 0, technical: 0 },
    editions: ['2019-04-15'],
  },
  {
    key: 'digital',
    course: { provider: 'Informatica Valdarno — agenzia formativa', title: 'Informatica di base e competenze digitali', hours: 60, funding: 'social_plan', qualification: 'Certificazione ICDL Base', teachesSkills: ['Excel', 'Word', 'posta elettronica'], teachesLicences: [] },
    weeks: 8,
    fit: { production: 4, maintenance: 2, logistics: 3, office: 1, technical: 1 },
    editions: ['2019-10-07'],
  },
  {
    key: 'english',
    course: { provider: 'Valdarno Formazione scarl', title: 'Inglese per il lavoro (livello A2–B1)', hours: 80, funding: 'social_plan', qualification: '', teachesSkills: ['inglese'], teachesLicences: [] },
    weeks: 12,
    fit: { production: 1, maintenance: 1, logistics: 1, office: 4, technical: 4 },
    editions: ['2019-09-16'],
  },
  {
    key: 'safety',
    course: { provider: 'Centro Sicurezza Lavoro Valdarno', title: 'Sicurezza sul lavoro: formazione generale e specifica, rischio alto', hours: 16, funding: 'social_plan', qualification: 'Attestato di formazione dei lavoratori (Accordo Stato-Regioni 21/12/2011)', teachesSkills: ['sicurezza sul lavoro'], teachesLicences: [] },
    weeks: 1,
    fit: ALL,
    editions: ['2019-02-25', '2019-09-16'],
  },
  {
    key: 'emergency',
    course: { provider: 'Centro Sicurezza Lavoro Valdarno', title: 'Addetto antincendio (rischio medio) e primo soccorso', hours: 20, funding: 'interprofessional_fund', qualification: 'Attestati di addetto antincendio e di primo soccorso (D.M. 388/2003)', teachesSkills: ['gestione emergenze'], teachesLicences: ['fire_safety', 'first_aid'] },
    weeks: 2,
    fit: ALL,
    editions: ['2019-06-10', '2019-11-11'],
  },
  {
    key: 'business',
    course: { provider: 'Sportello Impresa Valdarno', title: 'Creare un’impresa: idea, business plan e finanziamenti', hours: 80, funding: 'other', qualification: '', teachesSkills: ['business plan', 'gestione d’impresa'], teachesLicences: [] },
    weeks: 8,
    fit: { production: 0, maintenance: 0, logistics: 0, office: 0, technical: 0 },
    editions: ['2019-05-13'],
  },
  {
    key: 'gardening',
    course: { provider: 'Istituto Agrario Valdarno — agenzia formativa', title: 'Manutentore del verde', hours: 180, funding: 'regional_voucher', qualification: 'Qualifica di manutentore del verde (L. 154/2016)', teachesSkills: ['potatura', 'manutenzione aree verdi', 'uso motosega'], teachesLicences: [] },
    weeks: 12,
    fit: { production: 2, maintenance: 1, logistics: 1, office: 0, technical: 0 },
    editions: ['2019-09-09'],
  },
];

export interface VentureIdea {
  idea: string;
  ateco: AtecoCode;
  fit: Readonly<Record<RoleFamily, number>>;
}

const ateco2007 = (code: string, section: string, description: string): AtecoCode => ({ code, section, version: '2007', description });

export const VENTURE_IDEAS: readonly VentureIdea[] = [
  { idea: 'Officina di riparazione e manutenzione di macchinari industriali per le aziende del Valdarno', ateco: ateco2007('33.12.10', 'C', 'Riparazione e manutenzione di macchine di impiego generale'), fit: { production: 2, maintenance: 6, logistics: 0, office: 0, technical: 2 } },
  { idea: 'Impresa individuale di installazione e manutenzione di impianti elettrici civili e industriali', ateco: ateco2007('43.21.01', 'F', 'Installazione di impianti elettrici in edifici'), fit: { production: 1, maintenance: 6, logistics: 0, office: 0, technical: 2 } },
  { idea: 'Carpenteria metallica leggera e lavori da fabbro (cancelli, ringhiere, strutture)', ateco: ateco2007('25.11.00', 'C', 'Fabbricazione di strutture metalliche e di parti di strutture'), fit: { production: 5, maintenance: 3, logistics: 0, office: 0, technical: 1 } },
  { idea: 'Autotrasporto conto terzi con un mezzo proprio, in subvettura per corrieri della zona', ateco: ateco2007('49.41.00', 'H', 'Trasporto di merci su strada'), fit: { production: 2, maintenance: 1, logistics: 6, office: 0, technical: 0 } },
  { idea: 'Bar e caffetteria con piccola ristorazione nel centro di Figline', ateco: ateco2007('56.30.00', 'I', 'Bar e altri esercizi simili senza cucina'), fit: { production: 3, maintenance: 1, logistics: 2, office: 3, technical: 1 } },
  { idea: 'Pizzeria e gastronomia da asporto con consegna a domicilio', ateco: ateco2007('56.10.20', 'I', 'Ristorazione senza somministrazione con preparazione di cibi da asporto'), fit: { production: 3, maintenance: 1, logistics: 2, office: 1, technical: 0 } },
  { idea: 'Manutenzione di giardini, potature e cura del verde per privati e condomini', ateco: ateco2007('81.30.00', 'N', 'Cura e manutenzione del paesaggio'), fit: { production: 3, maintenance: 2, logistics: 2, office: 0, technical: 0 } },
  { idea: 'Officina per la riparazione e il noleggio di biciclette, anche a pedalata assistita', ateco: ateco2007('95.29.02', 'S', 'Riparazione di articoli sportivi e attrezzature da campeggio, incluse le biciclette'), fit: { production: 1, maintenance: 2, logistics: 1, office: 1, technical: 1 } },
  { idea: 'Consulenza per la qualità e le certificazioni ISO delle piccole imprese metalmeccaniche', ateco: ateco2007('70.22.09', 'M', 'Altre attività di consulenza imprenditoriale'), fit: { production: 0, maintenance: 0, logistics: 0, office: 2, technical: 6 } },
  { idea: 'Studio di servizi contabili e paghe per artigiani e piccole imprese', ateco: ateco2007('69.20.30', 'M', 'Attività dei consulenti del lavoro e servizi di elaborazione paghe'), fit: { production: 0, maintenance: 0, logistics: 0, office: 6, technical: 1 } },
  { idea: 'Impresa di pulizie per uffici, capannoni e condomini', ateco: ateco2007('81.21.00', 'N', 'Pulizia generale non specializzata di edifici'), fit: { production: 2, maintenance: 1, logistics: 2, office: 1, technical: 0 } },
  { idea: 'Azienda agricola con oliveto e vendita diretta di olio extravergine', ateco: ateco2007('01.26.00', 'A', 'Coltivazione di frutti oleosi'), fit: { production: 1, maintenance: 1, logistics: 1, office: 1, technical: 1 } },
  { idea: 'Apicoltura e vendita di miele alle botteghe e ai mercati della zona', ateco: ateco2007('01.49.30', 'A', 'Apicoltura'), fit: { production: 1, maintenance: 1, logistics: 1, office: 1, technical: 1 } },
];

/** Funding a venture of 2019 could apply for, with the range of amounts requested (euro). */
export const VENTURE_FUNDING: Weighted<{ source: string; min: number; max: number; grantRate: number }> = [
  [{ source: 'Microcredito Regione Toscana per la creazione di impresa', min: 8000, max: 25000, grantRate: 0.8 }, 5],
  [{ source: 'Contributo del piano sociale per l’avvio di un’attività autonoma', min: 5000, max: 10000, grantRate: 0.95 }, 6],
  [{ source: 'Finanziamento bancario con garanzia del Fondo centrale', min: 15000, max: 40000, grantRate: 0.6 }, 3],
  [{ source: 'Invitalia — Nuove imprese a tasso zero', min: 30000, max: 80000, grantRate: 0.5 }, 1],
];
