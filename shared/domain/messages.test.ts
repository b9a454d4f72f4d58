// Schema messages say what is wrong: a text over its limit names the limit and its length, a day
// that does not exist says so (not that the format is wrong), and every limit in the schemas the
// forms and the repositories use is one that names itself.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as casework from './casework';
import * as employer from './employer';
import * as events from './events';
import * as offer from './offer';
import * as programme from './programme';
import * as worker from './worker';
import * as audit from './audit';
import * as cigs from './cigs';
import * as cv from '../cv/content';
import * as placement from '../candidacy/placement';
import * as matching from '../matching/settings';
import { isoDateSchema, optionalText, requiredText } from './primitives';
import { messageWithValues, readMessage } from './messages';

const firstMessage = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error(`expected ${JSON.stringify(value).slice(0, 40)} to be refused`);
  return readMessage(parsed.error.issues[0]?.message ?? '');
};

describe('a message with values', () => {
  it('reads back its key and values, and a plain key has none', () => {
    const message = messageWithValues('validation.tooLong', { max: 8000, length: 8001 });
    expect(readMessage(message)).toEqual({ key: 'validation.tooLong', values: { max: 8000, length: 8001 } });
    expect(readMessage('validation.required')).toEqual({ key: 'validation.required', values: {} });
    expect(readMessage(messageWithValues('validation.noSuchDay', { date: '31/02/2019', month: { month: '2019-02' }, days: 28 })).values.month).toEqual({ month: '2019-02' });
  });

  it('keeps a message that is not one of ours as it is, and drops values of no known shape', () => {
    expect(readMessage('Too big: expected string to have <=5 characters')).toEqual({ key: 'Too big: expected string to have <=5 characters', values: {} });
    expect(readMessage('validation.tooLong{"max":[1],"length":3}')).toEqual({ key: 'validation.tooLong', values: { length: 3 } });
    expect(readMessage('validation.tooLong{not json')).toEqual({ key: 'validation.tooLong{not json', values: {} });
  });
});

describe('a text over its limit', () => {
  it('names the limit and the length typed, in the interview notes', () => {
    expect(firstMessage(events.interviewHeldSchema.shape.notes, 'x'.repeat(204_800))).toEqual({ key: 'validation.tooLong', values: { max: 8000, length: 204_800 } });
  });

  it('names it in required and optional texts, counting what is kept after trimming', () => {
    expect(firstMessage(requiredText(80), 'a'.repeat(81))).toEqual({ key: 'validation.tooLong', values: { max: 80, length: 81 } });
    expect(firstMessage(optionalText(10), `  ${'b'.repeat(11)}  `)).toEqual({ key: 'validation.tooLong', values: { max: 10, length: 11 } });
  });

  it('names it in lists (too many entries) and in numbers (too high, too low)', () => {
    const line = { label: '', text: 'riga' };
    expect(firstMessage(cv.cvSectionSchema.shape.lines, Array.from({ length: 61 }, () => line))).toEqual({ key: 'validation.tooMany', values: { max: 60, count: 61 } });
    expect(firstMessage(offer.offerSchema.shape.positions, 501)).toEqual({ key: 'validation.max', values: { max: 500 } });
    expect(firstMessage(offer.offerSchema.shape.positions, 0)).toEqual({ key: 'validation.min', values: { min: 1 } });
  });
});

describe('a day that does not exist', () => {
  it('says so, with the days its month has, for 31 February and 29 February of a common year', () => {
    expect(firstMessage(isoDateSchema, '2019-02-31')).toEqual({ key: 'validation.noSuchDay', values: { date: '31/02/2019', month: { month: '2019-02' }, days: 28 } });
    expect(firstMessage(isoDateSchema, '2019-02-29')).toEqual({ key: 'validation.noSuchDay', values: { date: '29/02/2019', month: { month: '2019-02' }, days: 28 } });
    expect(firstMessage(isoDateSchema, '2019-04-31')).toEqual({ key: 'validation.noSuchDay', values: { date: '31/04/2019', month: { month: '2019-04' }, days: 30 } });
    expect(firstMessage(isoDateSchema, '2019-01-00').key).toBe('validation.noSuchDay');
    expect(isoDateSchema.safeParse('2020-02-29').success).toBe(true);
    expect(isoDateSchema.safeParse('2000-02-29').success).toBe(true);
    expect(firstMessage(isoDateSchema, '1900-02-29').values.days).toBe(28);
  });

  it('says there is no such month, and keeps "wrong format" for what is not a date at all', () => {
    expect(firstMessage(isoDateSchema, '2019-13-01')).toEqual({ key: 'validation.noSuchMonth', values: { date: '01/13/2019' } });
    expect(firstMessage(isoDateSchema, 'ieri')).toEqual({ key: 'validation.date', values: {} });
    expect(firstMessage(isoDateSchema, '')).toEqual({ key: 'validation.required', values: {} });
  });

  it('says so in an optional date too', () => {
    expect(firstMessage(offer.offerSchema.shape.deadline, '2019-02-30').key).toBe('validation.noSuchDay');
  });
});

// Every limit check (`.max`, `.min` on numbers) found by walking the schemas, asked for its message.
type Check = { _zod: { def: { check: string; maximum?: number; minimum?: number; value?: number; error?: (issue: unknown) => unknown } } };
type Def = { type: string; checks?: Check[]; shape?: Record<string, z.ZodType>; element?: z.ZodType; innerType?: z.ZodType; options?: z.ZodType[]; in?: z.ZodType; out?: z.ZodType; left?: z.ZodType; right?: z.ZodType };
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

interface Found {
  path: string;
  origin: string;
  check: Check;
}

function limitChecks(schema: z.ZodType, path: string, seen: Set<z.ZodType>): Found[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const own = (def.checks ?? []).filter((check) => ['max_length', 'less_than', 'greater_than'].includes(check._zod.def.check)).map((check) => ({ path, origin: def.type, check }));
  const inner: [string, z.ZodType | undefined][] = [
    ...Object.entries(def.shape ?? {}).map(([key, child]): [string, z.ZodType] => [`${path}.${key}`, child]),
    [`${path}[]`, def.element],
    [path, def.innerType],
    ...(def.options ?? []).map((option, i): [string, z.ZodType] => [`${path}|${i}`, option]),
    [path, def.in],
    [path, def.out],
    [path, def.left],
    [path, def.right],
  ];
  return [...own, ...inner.flatMap(([childPath, child]) => (child ? limitChecks(child, childPath, seen) : []))];
}

function issueFor({ origin, check }: Found): Record<string, unknown> {
  const def = check._zod.def;
  const over = (def.maximum ?? 0) + 1;
  if (def.check === 'max_length') return { code: 'too_big', origin, maximum: def.maximum, inclusive: true, input: origin === 'array' ? Array.from({ length: over }, () => '') : 'x'.repeat(over) };
  return def.check === 'less_than'
    ? { code: 'too_big', origin: 'number', maximum: def.value, inclusive: true, input: (def.value ?? 0) + 1 }
    : { code: 'too_small', origin: 'number', minimum: def.value, inclusive: true, input: (def.value ?? 0) - 1 };
}

const isSchema = (value: unknown): value is z.ZodType => value instanceof z.ZodType;
const MODULES = { casework, employer, events, offer, programme, worker, audit, cigs, cv, placement, matching };

describe('every limit in the schemas', () => {
  const seen = new Set<z.ZodType>();
  const checks = Object.entries(MODULES).flatMap(([module, exports]) =>
    Object.entries(exports)
      .filter((entry): entry is [string, z.ZodType] => isSchema(entry[1]))
      .flatMap(([name, schema]) => limitChecks(schema, `${module}.${name}`, seen)),
  );

  it('is found (the walk reaches the schemas)', () => {
    expect(checks.length).toBeGreaterThan(40);
  });

  it.each(checks.map((found) => [`${found.path} ${found.check._zod.def.check}`, found] as const))('%s names its limit', (_name, found) => {
    const { check } = found;
    const error = check._zod.def.error;
    const message = typeof error === 'function' ? error(issueFor(found)) : undefined;
    const { key, values } = readMessage(typeof message === 'string' ? message : '');
    expect(key).toMatch(/^validation\./);
    expect(values.max ?? values.min).toBe(check._zod.def.maximum ?? check._zod.def.value);
  });
});
