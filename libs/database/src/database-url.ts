/** A server on this machine; through its Unix socket when `socketDir` is given (node-pg reads `?host=` as the socket's folder). */
export function databaseUrl(parts: { user: string; password: string; port: number; database: string; socketDir?: string }): string {
  const user = encodeURIComponent(parts.user);
  const password = encodeURIComponent(parts.password);
  const socket = parts.socketDir ? `?host=${encodeURIComponent(parts.socketDir)}` : '';
  return `postgres://${user}:${password}@127.0.0.1:${parts.port}/${encodeURIComponent(parts.database)}${socket}`;
}

/** The same server, another database: used to create and drop databases from the maintenance database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
