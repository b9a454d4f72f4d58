import type { it } from './it';

/** The shape of a catalogue: the Italian one's keys, any strings. */
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };
export type Catalogue = Shape<typeof it>;
