export { LANGUAGES, type Language, type Words } from './words';
export { STEP_WORDS, stepLine, stepWords, type StepWording } from './step-words';
export { REFUSAL_WORDS, type WordedRefusalCode } from './refusal-words';
export { placeholdersOf, refusalText } from './refusal-text';
export { spokenDate } from './spoken-date';
export * from './term-words';
export * from './family-words';
