// Italian first names and surnames for the demo: common in Tuscany, with a share from southern Italy.

export const MALE_FIRST_NAMES = [
  'Marco', 'Andrea', 'Luca', 'Alessandro', 'Stefano', 'Massimo', 'Roberto', 'Paolo', 'Fabio', 'Simone',
  'Riccardo', 'Lorenzo', 'Francesco', 'Giovanni', 'Giuseppe', 'Antonio', 'Mario', 'Claudio', 'Sandro', 'Mauro',
  'Maurizio', 'Enrico', 'Leonardo', 'Matteo', 'Daniele', 'Gianni', 'Piero', 'Pietro', 'Carlo', 'Alberto',
  'Fabrizio', 'Gabriele', 'Federico', 'Filippo', 'Jacopo', 'Niccolò', 'Duccio', 'Tommaso', 'Michele', 'Cosimo',
  'Emiliano', 'Moreno', 'Silvano', 'Renzo', 'Franco', 'Luciano', 'Sergio', 'Valerio', 'Alessio', 'Samuele',
  'Cristiano', 'Nicola', 'Davide', 'Giacomo', 'Mirko', 'Marcello', 'Gianluca', 'Massimiliano', 'Emanuele', 'Guido',
  'Lapo', 'Ivo', 'Vasco', 'Giuliano', 'Rodolfo', 'Ettore', 'Lamberto', 'Tiziano', 'Graziano', 'Luigi',
] as const;

export const FEMALE_FIRST_NAMES = [
  'Francesca', 'Laura', 'Elena', 'Sara', 'Silvia', 'Paola', 'Barbara', 'Monica', 'Cristina', 'Simona',
  'Daniela', 'Elisa', 'Chiara', 'Alessandra', 'Federica', 'Valentina', 'Giulia', 'Serena', 'Roberta', 'Manuela',
  'Lucia', 'Anna', 'Maria', 'Patrizia', 'Antonella', 'Sabrina', 'Stefania', 'Claudia', 'Marta', 'Benedetta',
  'Caterina', 'Irene', 'Beatrice', 'Ilaria', 'Lisa', 'Tiziana', 'Rossella', 'Donatella', 'Gabriella', 'Letizia',
] as const;

/** First names that are more frequent among people born in the South (added to the common pool for them). */
export const SOUTHERN_MALE_FIRST_NAMES = ['Salvatore', 'Vincenzo', 'Domenico', 'Raffaele', 'Gennaro', 'Ciro', 'Rocco', 'Carmine', 'Pasquale', 'Saverio'] as const;
export const SOUTHERN_FEMALE_FIRST_NAMES = ['Carmela', 'Rosaria', 'Immacolata', 'Concetta', 'Assunta', 'Teresa', 'Rosa', 'Angela'] as const;

export const TUSCAN_SURNAMES = [
  'Rossi', 'Bianchi', 'Innocenti', 'Becattini', 'Bartolini', 'Bandini', 'Baldi', 'Mugnai', 'Mugnaini', 'Cappelli',
  'Fabbri', 'Ciampi', 'Cecchi', 'Cianchi', 'Calamai', 'Chiti', 'Conti', 'Corsi', 'Nocentini', 'Lombardi',
  'Martini', 'Meoni', 'Gori', 'Galli', 'Giannini', 'Giachi', 'Fantoni', 'Ferri', 'Nardi', 'Pieri',
  'Pagliai', 'Parigi', 'Paoli', 'Bruni', 'Bigazzi', 'Bellini', 'Vannini', 'Landi', 'Lapi', 'Lastrucci',
  'Magherini', 'Mannucci', 'Masi', 'Matteini', 'Mazzoni', 'Nencini', 'Niccolai', 'Papini', 'Poggesi', 'Pratesi',
  'Sarti', 'Salvadori', 'Sereni', 'Tanini', 'Tognaccini', 'Turchi', 'Vestri', 'Venturi', 'Bindi', 'Benvenuti',
  'Betti', 'Biagini', 'Borgioli', 'Brogi', 'Burchi', 'Casini', 'Cocchi', 'Dami', 'Fani', 'Ghini',
  'Gonnelli', 'Grazzini', 'Guerrini', 'Lotti', 'Marzi', 'Monti', 'Morandi', 'Naldini', 'Nesi', 'Pacini',
  'Pasquini', 'Querci', 'Ricci', 'Rinaldi', 'Romei', 'Sani', 'Sottani', 'Vignini', 'Zanobini', 'Bacci',
  'Ermini', 'Falsini', 'Frilli', 'Goti', 'Mori', 'Baragli', 'Sestini', 'Tozzi', 'Migliorini', 'Cerofolini',
  'Polverini', 'Renzi', 'Donnini', 'Scarpelli', 'Del Lungo', 'Degl\'Innocenti', 'Dei', 'Fusi', 'Lucherini', 'Pianigiani',
] as const;

export const SOUTHERN_SURNAMES = [
  'Esposito', 'Russo', 'Romano', 'Ferrara', 'Coppola', 'Greco', 'Gallo', 'Caruso', 'De Luca', 'Marino',
  'Amato', 'Costa', 'Palumbo', 'Siciliano', 'La Rosa', 'Vitale', 'Longo', 'Mancuso', 'Lombardo', 'Messina',
  'Sorrentino', 'Iannone', 'Cirillo', 'Santoro', 'D\'Angelo', 'Pugliese', 'Capuano', 'Fiore', 'Grasso', 'Di Stefano',
] as const;
