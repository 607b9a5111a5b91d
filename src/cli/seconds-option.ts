/** A positive number of seconds from an option's value, or an error naming the option. */
export function parseSeconds(option: string, value: string): number {
  const seconds = Number(value);
  if (!value.trim() || !Number.isFinite(seconds) || seconds <= 0) throw new Error(`${option}: '${value}' is not a positive number of seconds`);
  return seconds;
}
