/** Powers of 1024, as the default limit (10 MB = 10 × 1024 × 1024 bytes) is counted. */
const UNITS: Record<string, number> = {
  "": 1, b: 1,
  k: 1024, kb: 1024, kib: 1024,
  m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2,
  g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3,
};
/** A larger input could not be held as one string. */
export const MAX_BYTE_SIZE = 256 * 1024 ** 2;

const SIZE = /^(\d{1,12})(?:\.(\d{1,6}))? ?([a-z]{0,3})$/i;

/**
 * A size such as "5000000", "512KB", "5MB" or "1.5 MB" in bytes (units are powers of 1024), or an
 * Error naming `option` when it is not a positive size up to 256 MB.
 */
export function parseByteSize(option: string, value: string): number {
  const match = SIZE.exec(value.trim());
  const unit = match ? UNITS[match[3]!.toLowerCase()] : undefined;
  const bytes = match && unit ? Math.floor(Number(`${match[1]}.${match[2] ?? "0"}`) * unit) : NaN;
  if (!(bytes >= 1)) throw new Error(`${option}: '${value}' is not a positive size (e.g. 5000000, 512KB, 5MB)`);
  if (bytes > MAX_BYTE_SIZE) throw new Error(`${option}: '${value}' is over the largest size, 256MB`);
  return bytes;
}
