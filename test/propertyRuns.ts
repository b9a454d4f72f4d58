// How many runs a property test makes: PCO_PROPERTY_RUNS when set (e.g. 200 for the issue's
// thorough pass), else the file's own default sized for CI.
export function propertyRuns(fallback: number, value: string | undefined = process.env['PCO_PROPERTY_RUNS']): number {
  const parsed = Number(value);
  return value !== undefined && Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}
