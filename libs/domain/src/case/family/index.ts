export * from './family-values';
export { familyPersonOf, liveLinkOfAccount, liveLinkOfPerson, personOnCase } from './family-person';
export { CHILD_INSPECTS_FROM, inspectionRight, PARENTS_INSPECT_UNDER } from './inspection-right';
export { familyReadGround, type FamilyReadGround } from './family-ground';
export { childrenOfStep, familyFileParts, readsAsParent, withholdsFrom, type FamilyFileParts, type FamilyReader } from './family-file';
export { ownWordsIn, type OwnWordsOnRecord } from './own-words';
