export const FAMILY_ACCESS_LOG_NAMES = Symbol('FamilyAccessLogNames');
