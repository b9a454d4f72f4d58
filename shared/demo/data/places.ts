// Places for the demo, by Belfiore code (checked against shared/geo in the tests).
// Weights are relative: residence falls off with distance from the plant in Figline.
import type { Weighted } from '../random';

export const SITE_CODE = 'M321'; // Figline e Incisa Valdarno (FI)

export interface AreaComune {
  code: string;
  province: 'FI' | 'AR';
  /** Rough road distance from the plant, km. */
  distanceKm: number;
}

export const AREA_COMUNI: readonly AreaComune[] = [
  { code: 'M321', province: 'FI', distanceKm: 0 }, // Figline e Incisa Valdarno
  { code: 'H222', province: 'FI', distanceKm: 9 }, // Reggello
  { code: 'H286', province: 'FI', distanceKm: 12 }, // Rignano sull'Arno
  { code: 'H901', province: 'AR', distanceKm: 12 }, // San Giovanni Valdarno
  { code: 'M322', province: 'AR', distanceKm: 14 }, // Castelfranco Piandiscò
  { code: 'C407', province: 'AR', distanceKm: 15 }, // Cavriglia
  { code: 'L123', province: 'AR', distanceKm: 17 }, // Terranuova Bracciolini
  { code: 'F656', province: 'AR', distanceKm: 19 }, // Montevarchi
  { code: 'E693', province: 'AR', distanceKm: 22 }, // Loro Ciuffenna
  { code: 'E169', province: 'FI', distanceKm: 22 }, // Greve in Chianti
  { code: 'A564', province: 'FI', distanceKm: 24 }, // Bagno a Ripoli
  { code: 'G825', province: 'FI', distanceKm: 25 }, // Pontassieve
  { code: 'G420', province: 'FI', distanceKm: 24 }, // Pelago
  { code: 'B243', province: 'AR', distanceKm: 27 }, // Bucine
  { code: 'E291', province: 'FI', distanceKm: 28 }, // Impruneta
  { code: 'D612', province: 'FI', distanceKm: 30 }, // Firenze
  { code: 'H635', province: 'FI', distanceKm: 33 }, // Rufina
  { code: 'M392', province: 'AR', distanceKm: 33 }, // Laterina Pergine Valdarno
  { code: 'D575', province: 'FI', distanceKm: 36 }, // Fiesole
  { code: 'B962', province: 'FI', distanceKm: 38 }, // Scandicci
  { code: 'I684', province: 'FI', distanceKm: 40 }, // Sesto Fiorentino
  { code: 'A390', province: 'AR', distanceKm: 45 }, // Arezzo
];

/** Where the workers live. */
export const RESIDENCE_WEIGHTS: Weighted<string> = [
  ['M321', 36], ['H222', 9], ['H901', 9], ['H286', 6], ['F656', 6], ['C407', 5], ['L123', 4], ['M322', 4],
  ['D612', 4], ['A564', 3], ['E169', 3], ['E693', 2], ['G825', 2], ['B243', 1], ['G420', 1], ['E291', 1],
  ['A390', 1], ['H635', 0.5], ['M392', 0.5],
];

/** Where the employers of the area are. */
export const EMPLOYER_COMUNE_WEIGHTS: Weighted<string> = [
  ['M321', 6], ['H901', 4], ['F656', 4], ['H222', 3], ['H286', 3], ['L123', 3], ['D612', 3], ['C407', 2],
  ['M322', 2], ['A564', 2], ['G825', 2], ['E169', 1], ['E291', 1], ['I684', 1], ['B962', 1], ['A390', 1], ['B243', 1],
];

/**
 * Birthplaces of workers born in the area. Codes are those in force at birth: Figline Valdarno (D583),
 * Incisa in Val d'Arno (E296), Pian di Scò (G552) and Castelfranco di Sopra (C112) merged in 2014.
 */
export const LOCAL_BIRTHPLACE_WEIGHTS: Weighted<string> = [
  ['D583', 26], ['D612', 20], ['F656', 10], ['H901', 8], ['A564', 4], ['H222', 4], ['E296', 3], ['A390', 3],
  ['H286', 2], ['C407', 2], ['L123', 2], ['G552', 1], ['C112', 1], ['E169', 1], ['G825', 1], ['I726', 1], ['B243', 1],
];

/** Birthplaces of workers who moved up from the South (mostly in the 1960s–80s). */
export const SOUTHERN_BIRTHPLACE_WEIGHTS: Weighted<string> = [
  ['F839', 8], ['B963', 5], ['H224', 5], ['G273', 4], ['D643', 4], ['A662', 3], ['H703', 3], ['C351', 3],
  ['D086', 3], ['A509', 2], ['L049', 2], ['E506', 2], ['A089', 2], ['D122', 2], ['G942', 2],
];

/** Other Italian birthplaces. */
export const OTHER_ITALIAN_BIRTHPLACES: readonly string[] = ['H501', 'G999', 'I726', 'A390'];

export const STREET_NAMES = [
  'Via Roma', 'Via Garibaldi', 'Via Mazzini', 'Via Cavour', 'Via Dante Alighieri', 'Via Petrarca', 'Via Fiorentina',
  'Via Aretina', 'Via della Resistenza', 'Viale Matteotti', 'Via dei Mille', 'Via Vittorio Veneto', 'Via XX Settembre',
  'Via Fratelli Rosselli', 'Via Gramsci', 'Via San Biagio', 'Via Giovanni XXIII', 'Via Arno', 'Via Chiantigiana',
  'Via del Poggio', 'Via della Stazione', 'Via Don Minzoni', 'Via Piave', 'Via Leopardi', 'Via Carducci',
  'Via Kennedy', 'Via Pertini', 'Via Salvo D\'Acquisto', 'Via Giacomo Puccini', 'Piazza della Repubblica',
  'Via di Ponterosso', 'Via Santa Lucia', 'Via dei Pini', 'Via delle Vigne', 'Via del Molino', 'Via Lungarno',
] as const;

export const INDUSTRIAL_STREET_NAMES = [
  'Via dell\'Industria', 'Via dell\'Artigianato', 'Via Enrico Fermi', 'Via Galileo Galilei', 'Via Leonardo da Vinci',
  'Via Antonio Meucci', 'Via Alessandro Volta', 'Via Guglielmo Marconi', 'Zona Industriale Pian dell\'Isola',
  'Via dei Lavoratori', 'Via del Commercio', 'Via Primo Maggio', 'Località Lagaccioni', 'Via Aretina',
] as const;

export const MOBILE_PREFIXES = ['320', '328', '329', '333', '334', '335', '338', '339', '340', '345', '347', '348', '349', '366', '380', '388', '392', '393'] as const;

export const EMAIL_DOMAINS: Weighted<string> = [
  ['gmail.com', 40], ['libero.it', 20], ['alice.it', 8], ['virgilio.it', 8], ['hotmail.it', 8], ['yahoo.it', 6], ['tiscali.it', 4], ['outlook.it', 6],
];
