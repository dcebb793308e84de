export const HEALTH_OPTIONS = Symbol('HealthOptions');

export type HealthOptions = Readonly<{
  /** A projection with events waiting longer than this (and not catching up) makes the instance unready. */
  projectionStallSeconds: number;
}>;
