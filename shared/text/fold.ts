// Accent folding: the one way text is compared and turned into keys (searches, synonyms, comuni,
// the codice fiscale's letters, file-name slugs). "Niccolò", "NICCOLO'" and "niccolo" meet here.

/** Accents and other combining marks removed, case kept: "Niccolò Forlì" → "Niccolo Forli". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Lower case without accents, everything else kept: "Perché" → "perche". */
export function foldCase(text: string): string {
  return foldAccents(text).toLowerCase();
}

/** Lower case, no accents, runs of spaces as one, trimmed, punctuation kept: what a search box compares ("  NICCOLÒ  D’Ancona" → "niccolo d’ancona"). */
export function foldText(text: string): string {
  return foldCase(text).replace(/\s+/g, ' ').trim();
}

/** Lower case, no accents, every run of anything but a–z and 0–9 as one space: "Controllo Qualità!" → "controllo qualita". */
export function searchKey(text: string): string {
  return foldCase(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** ASCII, lower case, words joined by single `separator`s: safe on every file system and USB stick ("Figline Valdarno – 2019" → "figline-valdarno-2019"). */
export function slug(text: string, separator = '-'): string {
  // NFKC first so compatibility forms fold too ("ﬁ" → "fi", "²" → "2") before the accents go.
  return foldCase(text.normalize('NFKC'))
    .replace(/[^a-z0-9]+/g, separator)
    .split(separator)
    .filter((part) => part !== '')
    .join(separator);
}
