// Countries of birth of the foreign-born workers, with names and the language they grew up with.
// Names are written in Latin letters without diacritics, as they appear on Italian documents.
import type { Weighted } from '../random';

export interface ForeignOrigin {
  /** Belfiore code of the country. */
  code: string;
  /** Native language, as the SAP lists it (Italian name). */
  nativeLanguage: string;
  /** A second language often spoken, with the share of workers who speak it. */
  secondLanguage?: { language: string; share: number };
  maleNames: readonly string[];
  femaleNames: readonly string[];
  surnames: readonly string[];
}

export const FOREIGN_ORIGINS: readonly ForeignOrigin[] = [
  {
    code: 'Z100', // Albania
    nativeLanguage: 'Albanese',
    maleNames: ['Arben', 'Ilir', 'Gentian', 'Besnik', 'Altin', 'Fatmir', 'Edmond', 'Artan', 'Klodian', 'Ervin'],
    femaleNames: ['Elona', 'Mirela', 'Anila', 'Entela', 'Valbona'],
    surnames: ['Hoxha', 'Shehu', 'Leka', 'Dervishi', 'Gjoka', 'Kola', 'Prifti', 'Basha', 'Cela', 'Muca'],
  },
  {
    code: 'Z129', // Romania
    nativeLanguage: 'Rumeno',
    maleNames: ['Ion', 'Mihai', 'Florin', 'Constantin', 'Gheorghe', 'Vasile', 'Marius', 'Adrian', 'Nicolae', 'Cristian'],
    femaleNames: ['Elena', 'Ioana', 'Mihaela', 'Daniela', 'Georgiana'],
    surnames: ['Popescu', 'Ionescu', 'Dumitru', 'Stan', 'Munteanu', 'Constantin', 'Moldovan', 'Rusu', 'Ciobanu', 'Lungu'],
  },
  {
    code: 'Z330', // Marocco
    nativeLanguage: 'Arabo',
    secondLanguage: { language: 'Francese', share: 0.6 },
    maleNames: ['Mohamed', 'Youssef', 'Rachid', 'Abdelkader', 'Hassan', 'Mustapha', 'Said', 'Khalid', 'Aziz', 'Driss'],
    femaleNames: ['Fatima', 'Khadija', 'Naima', 'Samira', 'Latifa'],
    surnames: ['El Idrissi', 'Benali', 'Bouzid', 'El Amrani', 'Chakir', 'Ouali', 'Haddad', 'Tahiri', 'Bennani', 'Alaoui'],
  },
  {
    code: 'Z352', // Tunisia
    nativeLanguage: 'Arabo',
    secondLanguage: { language: 'Francese', share: 0.7 },
    maleNames: ['Sami', 'Nabil', 'Karim', 'Mourad', 'Hichem', 'Anis'],
    femaleNames: ['Amel', 'Sonia', 'Leila'],
    surnames: ['Ben Salah', 'Trabelsi', 'Jlassi', 'Gharbi', 'Mejri', 'Hamdi'],
  },
  {
    code: 'Z343', // Senegal
    nativeLanguage: 'Wolof',
    secondLanguage: { language: 'Francese', share: 0.8 },
    maleNames: ['Mamadou', 'Abdoulaye', 'Ousmane', 'Cheikh', 'Moussa', 'Ibrahima'],
    femaleNames: ['Aminata', 'Fatou', 'Awa'],
    surnames: ['Diop', 'Ndiaye', 'Fall', 'Sow', 'Gueye', 'Sarr'],
  },
  {
    code: 'Z148', // Macedonia del Nord
    nativeLanguage: 'Macedone',
    maleNames: ['Goran', 'Dragan', 'Zoran', 'Nikola', 'Aleksandar', 'Igor'],
    femaleNames: ['Biljana', 'Snezana', 'Marija'],
    surnames: ['Stojanovski', 'Nikolovski', 'Petrovski', 'Jovanovski', 'Trajkovski', 'Ristovski'],
  },
  {
    code: 'Z138', // Ucraina
    nativeLanguage: 'Ucraino',
    secondLanguage: { language: 'Russo', share: 0.7 },
    maleNames: ['Oleksandr', 'Andrii', 'Serhii', 'Volodymyr', 'Mykola', 'Taras'],
    femaleNames: ['Olena', 'Natalia', 'Oksana', 'Tetiana'],
    surnames: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk'],
  },
  {
    code: 'Z611', // Perù
    nativeLanguage: 'Spagnolo',
    maleNames: ['Jorge', 'Luis', 'Carlos', 'Juan', 'Cesar', 'Miguel'],
    femaleNames: ['Rosa', 'Carmen', 'Maribel', 'Gladys'],
    surnames: ['Quispe', 'Flores', 'Huaman', 'Mamani', 'Rojas', 'Vargas'],
  },
  {
    code: 'Z236', // Pakistan
    nativeLanguage: 'Urdu',
    secondLanguage: { language: 'Inglese', share: 0.6 },
    maleNames: ['Muhammad', 'Imran', 'Asif', 'Tariq', 'Bilal', 'Naveed'],
    femaleNames: ['Ayesha', 'Saima'],
    surnames: ['Khan', 'Hussain', 'Ahmed', 'Iqbal', 'Butt', 'Malik'],
  },
];

/** Relative frequency of each country among the foreign-born workers. */
export const FOREIGN_ORIGIN_WEIGHTS: Weighted<string> = [
  ['Z100', 35], ['Z129', 22], ['Z330', 15], ['Z352', 5], ['Z343', 5], ['Z148', 5], ['Z138', 5], ['Z611', 4], ['Z236', 4],
];
