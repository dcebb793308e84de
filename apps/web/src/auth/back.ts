/** A path of this app only: a crafted link cannot send a fresh session to another site. */
export function safeBack(path: string | null | undefined): string {
  return path && path.startsWith('/') && !path.startsWith('//') ? path : '/';
}
