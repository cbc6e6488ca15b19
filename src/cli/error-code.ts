/** The short system code of a file error (`ENOENT`, `EACCES`), else its message. */
export function errorCode(e: unknown): string {
  if (typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string')
    return e.code;
  return e instanceof Error ? e.message : String(e);
}
