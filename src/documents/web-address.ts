/** True for an http:// or https:// address: `ingest` fetches those instead of reading a file. */
export function isWebAddress(arg: string): boolean {
  if (!/^https?:\/\//i.test(arg)) return false;
  try {
    new URL(arg);
    return true;
  } catch {
    return false;
  }
}
