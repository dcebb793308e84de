import pg from 'pg';

const ignore = (): void => undefined;

/**
 * A pg pool whose connections may die (server restart, pg_terminate_backend) without taking the
 * process down. pg emits 'error' on a client that is checked out or between listeners; with no
 * listener that is an uncaught exception. The failure still reaches the caller as a rejected query.
 */
export class ResilientPool extends pg.Pool {
  constructor(config?: pg.PoolConfig) {
    super(config);
    this.on('error', ignore);
    this.on('connect', (client) => client.on('error', ignore));
  }
}

/** The `pg` module as typeorm's `driver` option, so typeorm's own pools are resilient too. */
export const pgWithResilientPools = { ...pg, Pool: ResilientPool };

/**
 * The `pg` module as typeorm's `driver` option, handing typeorm this pool instead of a pool of its own
 * (typeorm builds its pool with `new driver.Pool(...)`; a constructor that returns an object yields it).
 * Destroying such a DataSource ends the pool: leave that to the pool's owner.
 */
export const pgOverPool = (pool: pg.Pool) => ({
  ...pg,
  Pool: function borrowedPool() {
    return pool;
  },
});
