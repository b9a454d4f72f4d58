// Schema messages are i18n keys (renderer/i18n). A message that names something — the limit a text
// went over and its length, the day that does not exist — carries those values after its key, as
// JSON: `validation.tooLong{"max":8000,"length":204800}`. The renderer reads them back and puts
// them in the sentence, numbers with the language's thousands separators, months by name.
import type { z } from 'zod';

/** A calendar month, `YYYY-MM`, shown by name ("febbraio 2019"). */
export interface MonthValue {
  readonly month: string;
}
export type MessageValue = string | number | MonthValue;
export type MessageValues = Readonly<Record<string, MessageValue>>;

export interface SchemaMessage {
  readonly key: string;
  readonly values: MessageValues;
}

export function messageWithValues(key: string, values: MessageValues): string {
  return `${key}${JSON.stringify(values)}`;
}

const isMonth = (value: unknown): value is MonthValue =>
  typeof value === 'object' && value !== null && 'month' in value && typeof value.month === 'string' && Object.keys(value).length === 1;
const isValue = (value: unknown): value is MessageValue => typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || isMonth(value);

/** The key and values of a schema message; a message that is not one of ours comes back whole, without values. */
export function readMessage(message: string): SchemaMessage {
  const match = /^([\w.]+)(\{.*\})$/s.exec(message);
  if (!match?.[1] || !match[2]) return { key: message, values: {} };
  let parsed: unknown;
  try {
    parsed = JSON.parse(match[2]);
  } catch {
    return { key: message, values: {} };
  }
  if (typeof parsed !== 'object' || parsed === null) return { key: message, values: {} };
  return { key: match[1], values: Object.fromEntries(Object.entries(parsed).filter((entry): entry is [string, MessageValue] => isValue(entry[1]))) };
}

type LimitIssue = z.core.$ZodRawIssue<z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall>;

function limitMessage(issue: LimitIssue): string {
  const collection = issue.origin === 'array' || issue.origin === 'set';
  if (issue.code === 'too_small') return issue.origin === 'number' || issue.origin === 'int' ? messageWithValues('validation.min', { min: Number(issue.minimum) }) : 'validation.required';
  const max = Number(issue.maximum);
  if (issue.origin === 'string') return messageWithValues('validation.tooLong', { max, length: String(issue.input).length });
  if (collection) return messageWithValues('validation.tooMany', { max, count: Array.isArray(issue.input) ? issue.input.length : max + 1 });
  return messageWithValues('validation.max', { max });
}

/**
 * The message of a limit, for `.max()` on texts, lists and numbers and `.min()` on numbers: it
 * names the limit (and how long the text is, how many entries the list has).
 */
export const namedLimit = { error: limitMessage };
