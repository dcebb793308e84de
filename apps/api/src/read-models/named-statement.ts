import { createHash } from 'node:crypto';
import type { QueryConfig } from 'pg';

/**
 * A pg named statement from SQL with `:name` parameters, as visibility.ts writes its conditions: each name becomes
 * `$n` in the order of its first use, and the statement is named after its text, so each shape a list can take is
 * parsed and planned once per connection. A `:name` without a value is an error, not text left in the statement.
 */
export function namedStatement(prefix: string, sql: string, parameters: Readonly<Record<string, unknown>>): QueryConfig {
  const names: string[] = [];
  const text = sql.replace(/(?<![:\w]):([A-Za-z]\w*)/g, (_, name: string) => {
    if (!Object.hasOwn(parameters, name)) throw new Error(`the statement names :${name}, which has no value`);
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  const digest = createHash('sha256').update(text).digest('hex').slice(0, 16);
  return { name: `${prefix}.${digest}`, text, values: names.map((name) => parameters[name]) };
}
