import { namedStatement } from './named-statement';

describe('namedStatement', () => {
  it('numbers each name by its first use, keeps casts, and names the statement after its text', () => {
    const statement = namedStatement('casus.list', 'SELECT :a::text, x::int FROM t WHERE b = :b OR c = :a', { a: 'A', b: 2 });
    expect(statement.text).toBe('SELECT $1::text, x::int FROM t WHERE b = $2 OR c = $1');
    expect(statement.values).toEqual(['A', 2]);
    expect(statement.name).toMatch(/^casus\.list\.[0-9a-f]{16}$/);
    expect(namedStatement('casus.list', 'SELECT :a::text, x::int FROM t WHERE b = :b OR c = :a', { a: 'other', b: 3 }).name).toBe(
      statement.name,
    );
    expect(namedStatement('casus.list', 'SELECT :a', { a: 1 }).name).not.toBe(statement.name);
  });

  it('refuses a name it has no value for, rather than leave it in the statement', () => {
    expect(() => namedStatement('casus.list', 'SELECT * FROM t WHERE team = :team', {})).toThrow(':team');
  });

  it('leaves a colon after a word alone (a time format, a cast)', () => {
    expect(namedStatement('casus.list', "SELECT to_char(t, 'HH24:MI'), n::int", {}).text).toBe("SELECT to_char(t, 'HH24:MI'), n::int");
  });
});
