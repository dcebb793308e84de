export { LANGUAGES, type Language, type Words } from './words';
export { STEP_WORDS, stepLine, stepWords, type StepWording } from './step-words';
export * from './term-words';
