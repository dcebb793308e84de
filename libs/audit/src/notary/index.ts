export * from './anchor';
export * from './anchor-store';
export * from './notary';
export * from './notary-key';
export * from './anchor-check';
export * from './anchor-export';
