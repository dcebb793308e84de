/** "Now", for every decision and date-dependent read of a process: one per process, so a test's fixed clock reaches them all. */
export type Clock = () => Date;

/** The provider token of the process's one clock. */
export const CLOCK = Symbol('Clock');

export const systemClock: Clock = () => new Date();
