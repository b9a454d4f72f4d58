// Types for the data files that ship as untyped ESM inside codice-fiscale-js.
// We deep-import only these two lists (not the library's webpack bundle) to build an offline lookup.

declare module 'codice-fiscale-js/src/lista-comuni.js' {
  /** Rows `[belfiore, provinceSigla ('EE' for foreign), NAME_UPPERCASE, activeFlag 0|1]`. */
  export const COMUNI: ReadonlyArray<readonly [string, string, string, number]>;
}

declare module 'codice-fiscale-js/src/lista-province.js' {
  /** Province sigla → province name. */
  export const PROVINCE: Readonly<Record<string, string>>;
}
