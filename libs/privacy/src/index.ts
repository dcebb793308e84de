export { ERASED, isEnvelope, open, seal, newPersonKey, UnreadablePersonalData, type Envelope } from './envelope';
export {
  personalFieldsOf,
  sealPersonalData,
  revealPersonalData,
  sealedPersonsIn,
  PERSONAL_EVENT_TYPES,
  type PersonalField,
} from './personal-fields';
export { PersonKeys, ErasedPersonRefusal, type HeldKeys, type PersonKeyRecord, type SqlClient } from './person-keys';
export { ProtectedEventStore, openedWith, sealedPersonsOf, type KeySource } from './protected-event-store';
export { erasePerson, erasureEventId, type ErasureRequest, type ErasureOutcome } from './erasure';
export {
  atTermEnd,
  destroyCaseFile,
  destructionEventId,
  destructionStepId,
  SharedPersonRefusal,
  type DestructionDecision,
  type DestructionRequest,
  type DestructionOutcome,
} from './case-destruction';
export { RememberedKeys, ERASURES_SO_FAR } from './remembered-keys';
