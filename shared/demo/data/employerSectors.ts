// Sectors of the employers of the upper Valdarno and Florence area, coded in ATECO 2007
// (six digits where the sub-category is certain, the four-digit class otherwise).
import type { Weighted } from '../random';

export interface EmployerSector {
  ateco: { code: string; section: string; description: string };
  /** Relative number of employers of this sector among those the counselors contact. */
  weight: number;
  /** First words of invented company names ("Meccanica", "Autotrasporti"…). */
  nameStems: readonly string[];
  /** Comuni where this sector clusters, when it does. */
  comuni?: readonly string[];
}

export const EMPLOYER_SECTORS: readonly EmployerSector[] = [
  { ateco: { code: '25.62.00', section: 'C', description: 'Lavori di meccanica generale' }, weight: 9, nameStems: ['Meccanica', 'Officina Meccanica', 'Lavorazioni Meccaniche', 'Torneria'] },
  { ateco: { code: '25.11.00', section: 'C', description: 'Fabbricazione di strutture metalliche e di parti di strutture' }, weight: 4, nameStems: ['Carpenteria Metallica', 'Strutture Metalliche', 'Carpenterie'] },
  { ateco: { code: '25.61.00', section: 'C', description: 'Trattamento e rivestimento dei metalli' }, weight: 2, nameStems: ['Galvanica', 'Trattamenti Superficiali', 'Zincatura'] },
  { ateco: { code: '25.93', section: 'C', description: 'Fabbricazione di articoli di filo metallico, catene e molle' }, weight: 3, nameStems: ['Molle', 'Trafilerie', 'Reti e Filo'] },
  { ateco: { code: '24.34.00', section: 'C', description: 'Trafilatura a freddo' }, weight: 2, nameStems: ['Trafileria', 'Filo Acciaio'] },
  { ateco: { code: '27.32.00', section: 'C', description: 'Fabbricazione di altri fili e cavi elettrici ed elettronici' }, weight: 2, nameStems: ['Cavi', 'Conduttori Elettrici'] },
  { ateco: { code: '28.22.09', section: 'C', description: 'Fabbricazione di altre macchine e apparecchi di sollevamento e movimentazione' }, weight: 2, nameStems: ['Sollevamenti', 'Impianti di Movimentazione'] },
  { ateco: { code: '28.41.00', section: 'C', description: 'Fabbricazione di macchine utensili per la formatura dei metalli' }, weight: 2, nameStems: ['Costruzioni Meccaniche', 'Macchine Utensili'] },
  { ateco: { code: '29.32.09', section: 'C', description: 'Fabbricazione di altre parti ed accessori per autoveicoli e loro motori nca' }, weight: 2, nameStems: ['Componenti Auto', 'Automotive'] },
  { ateco: { code: '33.12', section: 'C', description: 'Riparazione e manutenzione di macchinari' }, weight: 3, nameStems: ['Manutenzioni Industriali', 'Service Impianti', 'Assistenza Tecnica'] },
  { ateco: { code: '22.22.00', section: 'C', description: 'Fabbricazione di imballaggi in materie plastiche' }, weight: 2, nameStems: ['Plastica', 'Imballaggi'] },
  { ateco: { code: '15.12', section: 'C', description: 'Fabbricazione di articoli da viaggio, borse e simili, pelletteria e selleria' }, weight: 5, nameStems: ['Pelletteria', 'Manifattura Pelli', 'Borse'], comuni: ['L123', 'F656', 'H901', 'B962', 'M321'] },
  { ateco: { code: '15.20.10', section: 'C', description: 'Fabbricazione di calzature' }, weight: 2, nameStems: ['Calzaturificio'], comuni: ['F656', 'H901', 'L123'] },
  { ateco: { code: '10.13.00', section: 'C', description: 'Produzione di prodotti a base di carne (inclusa la carne di pollame)' }, weight: 1, nameStems: ['Salumificio'] },
  { ateco: { code: '10.71.10', section: 'C', description: 'Produzione di prodotti di panetteria freschi' }, weight: 1, nameStems: ['Forno', 'Panificio'] },
  { ateco: { code: '11.02.10', section: 'C', description: 'Produzione di vini da tavola e v.q.p.r.d.' }, weight: 2, nameStems: ['Cantine', 'Fattoria', 'Tenuta'], comuni: ['E169', 'M321', 'C407', 'H222'] },
  { ateco: { code: '23.32.00', section: 'C', description: 'Fabbricazione di mattoni, tegole ed altri prodotti per l\'edilizia in terracotta' }, weight: 1, nameStems: ['Fornace', 'Terrecotte'], comuni: ['E291'] },
  { ateco: { code: '41.20.00', section: 'F', description: 'Costruzione di edifici residenziali e non residenziali' }, weight: 3, nameStems: ['Costruzioni', 'Edilizia', 'Impresa Edile'] },
  { ateco: { code: '43.21.01', section: 'F', description: 'Installazione di impianti elettrici in edifici o in altre opere di costruzione' }, weight: 2, nameStems: ['Impianti Elettrici', 'Elettroimpianti'] },
  { ateco: { code: '45.20.10', section: 'G', description: 'Riparazioni meccaniche di autoveicoli' }, weight: 1, nameStems: ['Autofficina', 'Car Service'] },
  { ateco: { code: '47.11.20', section: 'G', description: 'Supermercati' }, weight: 2, nameStems: ['Supermercati', 'Market'] },
  { ateco: { code: '49.41.00', section: 'H', description: 'Trasporto di merci su strada' }, weight: 4, nameStems: ['Autotrasporti', 'Trasporti'] },
  { ateco: { code: '52.10.10', section: 'H', description: 'Magazzini di custodia e deposito per conto terzi' }, weight: 3, nameStems: ['Logistica', 'Magazzini Generali'] },
  { ateco: { code: '52.29.22', section: 'H', description: 'Servizi logistici relativi alla distribuzione delle merci' }, weight: 2, nameStems: ['Servizi Logistici', 'Distribuzione'] },
  { ateco: { code: '38.11.00', section: 'E', description: 'Raccolta di rifiuti solidi non pericolosi' }, weight: 1, nameStems: ['Servizi Ambientali', 'Ecologia'] },
  { ateco: { code: '81.21.00', section: 'N', description: 'Pulizia generale (non specializzata) di edifici' }, weight: 1, nameStems: ['Servizi Integrati', 'Multiservizi'] },
  { ateco: { code: '78.20.00', section: 'N', description: 'Attività delle agenzie di lavoro temporaneo (interinale)' }, weight: 3, nameStems: ['Lavoro', 'Risorse Umane', 'Staff'] },
  { ateco: { code: '55.10.00', section: 'I', description: 'Alberghi' }, weight: 1, nameStems: ['Hotel', 'Albergo'], comuni: ['M321', 'E169', 'H222', 'D612'] },
];

/** Second words of invented company names: places and landmarks of the area. */
export const NAME_PLACES = [
  'Valdarno', 'Incisa', 'Figline', 'Chianti', 'Reggellese', 'Toscana', 'Arno', 'Pratomagno', 'San Giovanni', 'Montevarchi',
  'Fiorentina', 'Valdisieve', 'Cavriglia', 'Terranuova', 'Rignanese', 'Palagio', 'Vallombrosa', 'Ponterosso', 'Matassino', 'Leccio',
] as const;

/** Family names used in company names ("Fratelli Ciampi", "Nocentini & Figli"). */
export const FAMILY_FIRM_PATTERNS = ['Fratelli {family}', '{family} & Figli', '{family} {stem}', '{stem} {family}'] as const;

export const LEGAL_FORMS: Weighted<string> = [['S.r.l.', 62], ['S.p.A.', 12], ['S.n.c.', 10], ['S.a.s.', 8], ['Soc. Coop.', 5], ['S.r.l.s.', 3]];

/** Agenzia delle Entrate office code inside the partita IVA, by province. */
export const PARTITA_IVA_OFFICE: Readonly<Record<'FI' | 'AR', string>> = { FI: '048', AR: '051' };

/** Landline area code, by comune (the upper Valdarno dials 055 like Florence). */
export const AREA_CODE_BY_COMUNE: Readonly<Record<string, string>> = { A390: '0575', B243: '055', M392: '0575' };
