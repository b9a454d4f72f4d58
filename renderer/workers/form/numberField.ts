/** Empty number inputs mean "not given", not zero. */
export function numberOrEmpty(value: unknown): number | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  const number = Number(value);
  return Number.isNaN(number) ? undefined : number;
}
