export * from './voice-values';
export * from './voice-commands';
export * from './voice-events';
export * from './voice-state';
export { askedBy, requestAskedBy } from './asked-by';
