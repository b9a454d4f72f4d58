// A time of day as people type it ("9:30", "0930", "09.30", "9") read as the stored 24-hour HH:MM.
// Anything else is left alone so the schema names the format next to the field.

/** "09:30" for "9:30", "9.30", "9,30", "0930", "930", "9h30" or "9"; undefined when not a real time. */
export function normaliseTime(text: string): string | undefined {
  const trimmed = text.trim();
  const separated = /^(\d{1,2})\s*[:.,h]\s*(\d{2})$/i.exec(trimmed);
  const digits = /^(\d{1,4})$/.exec(trimmed)?.[1];
  let hours: number;
  let minutes: number;
  if (separated) {
    hours = Number(separated[1]);
    minutes = Number(separated[2]);
  } else if (digits !== undefined) {
    // One or two digits are the hour alone; three or four end with the minutes.
    hours = Number(digits.length <= 2 ? digits : digits.slice(0, -2));
    minutes = digits.length <= 2 ? 0 : Number(digits.slice(-2));
  } else {
    return undefined;
  }
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
