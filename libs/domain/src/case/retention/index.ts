export * from './retention-terms';
export * from './case-retention';
export * from './destruction';
