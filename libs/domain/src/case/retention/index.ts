export * from './retention-terms';
export * from './case-retention';
export * from './destruction';
export * from './destruction-ground';
