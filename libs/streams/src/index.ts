export * from './metadata';
export * from './codec';
export * from './retry';
export * from './handle-command';
export * from './case/case-stream';
export * from './case/case-upcasters';
export * from './case/case-stream-id';
