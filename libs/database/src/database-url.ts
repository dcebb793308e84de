export function databaseUrl(parts: { user: string; password: string; port: number; database: string; host?: string }): string {
  const user = encodeURIComponent(parts.user);
  const password = encodeURIComponent(parts.password);
  return `postgres://${user}:${password}@${parts.host ?? '127.0.0.1'}:${parts.port}/${encodeURIComponent(parts.database)}`;
}

/** The same server, another database: used to create and drop databases from the maintenance database. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${encodeURIComponent(database)}`;
  return parsed.toString();
}
