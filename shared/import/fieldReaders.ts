// Reading one cell's text as a value of the domain, with the problem when it is not one. Messages
// are the domain's own (shared/domain/messages.ts): a day that does not exist says which and why.
import { z } from 'zod';
import { isoDateSchema } from '../domain/primitives';
import { messageWithValues } from '../domain/messages';
import { placeByCode, placesByName, type Place } from '../geo/comuni';
import { readDateText } from '../time/dates';

export type Reading<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Reading<T> => ({ ok: true, value });
const problem = <T>(message: string): Reading<T> => ({ ok: false, message });

/** A date in any form a spreadsheet holds it, checked to exist. */
export function readDate(text: string): Reading<string> {
  const iso = readDateText(text);
  if (iso === undefined) return problem('validation.date');
  const checked = isoDateSchema.safeParse(iso);
  return checked.success ? ok(checked.data) : problem(checked.error.issues[0]?.message ?? 'validation.date');
}

/** A comune (or foreign country) by name, by name with its province ("Figline e Incisa Valdarno (FI)", "Samone - TO"), or by Belfiore code. */
export function readPlace(text: string, options: { readonly foreign: boolean }): Reading<Place[]> {
  const value = text.trim();
  if (/^[A-Za-z]\d{3}$/.test(value)) {
    const place = placeByCode(value);
    return place && (options.foreign || !place.foreign) ? ok([place]) : problem(messageWithValues('import.problem.unknownComune', { value }));
  }
  const withProvince = /^(.*?)\s*(?:\((\w{2})\)|[-,]\s*(\w{2}))$/.exec(value);
  const name = withProvince?.[1] ?? value;
  const province = (withProvince?.[2] ?? withProvince?.[3])?.toUpperCase();
  let places = placesByName(name).filter((place) => options.foreign || !place.foreign);
  if (province) places = places.filter((place) => place.province === province);
  if (places.length === 0 && withProvince) places = placesByName(value).filter((place) => options.foreign || !place.foreign);
  return places.length > 0 ? ok(places) : problem(messageWithValues('import.problem.unknownComune', { value }));
}

/** One comune for a residence or a company seat: a name held by comuni of several provinces must say which. */
export function readComune(text: string): Reading<string> {
  const found = readPlace(text, { foreign: false });
  if (!found.ok) return found;
  const current = found.value.filter((place) => place.active);
  const candidates = current.length > 0 ? current : found.value;
  const provinces = [...new Set(candidates.map((place) => place.province))];
  if (provinces.length > 1) return problem(messageWithValues('import.problem.ambiguousComune', { value: text.trim(), provinces: provinces.join(', ') }));
  return ok(candidates[0]?.code ?? '');
}

const PHONE = /^\+?[0-9 ./-]{6,20}$/;
const emailSchema = z.email();

export function readPhone(text: string): Reading<string> {
  const value = text.trim();
  return value === '' || PHONE.test(value) ? ok(value) : problem('validation.phone');
}

export function readEmail(text: string): Reading<string> {
  const value = text.trim().toLowerCase();
  return value === '' || emailSchema.safeParse(value).success ? ok(value) : problem('validation.email');
}

/** A text within its limit (the domain's message names the limit and the length). */
export function readText(text: string, max: number): Reading<string> {
  const value = text.trim();
  return value.length <= max ? ok(value) : problem(messageWithValues('validation.tooLong', { max, length: value.length }));
}
