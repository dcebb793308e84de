export const COMMAND_CONFLICT_RETRIES = Symbol('CommandConflictRetries');
