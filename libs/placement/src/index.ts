export * from './errors';
export * from './metadata';
export * from './option/option-commands';
export * from './option/option-events';
export * from './option/option-state';
export { decideOption } from './option/option-decide';
export { handleOptionCommand, loadOption, type OptionCommandOptions, type OptionCommandResult } from './option/option-command-handler';
