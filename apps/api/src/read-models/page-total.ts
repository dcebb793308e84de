/**
 * The total of a list beside one page of it. The rows carry it (`count(*) OVER ()`), read at the same moment; only a
 * page past the end is counted apart. An empty first page is an empty list: counted apart, a row projected between the
 * two reads would give a total with nothing beside it.
 */
export async function totalBeside(
  rows: readonly { total: string | number }[],
  page: number,
  count: () => Promise<number>,
): Promise<number> {
  if (rows.length > 0) return Number(rows[0].total);
  return page === 1 ? 0 : count();
}
