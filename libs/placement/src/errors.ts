import { Refusal, type DomainErrorKind } from '@casus/domain';

export const PLACEMENT_ERROR_KINDS = {
  'PLACEMENT_OPTION.NOT_PROVIDER': 'forbidden',
  'PLACEMENT_OPTION.OTHER_PROVIDER': 'forbidden',
  'PLACEMENT_OPTION.NOT_FOUND': 'not-found',
  'PLACEMENT_OPTION.ALREADY_REGISTERED': 'conflict',
  'PLACEMENT_OPTION.INVALID': 'rule',
  'PLACEMENT_OPTION.WITHDRAWN': 'rule',
  'PLACEMENT_OPTION.PAUSED': 'rule',
  'PLACEMENT_OPTION.NOT_PAUSED': 'rule',
  'PLACEMENT_OPTION.NO_FREE_CAPACITY': 'rule',
  'PLACEMENT_OPTION.CAPACITY_BELOW_USE': 'rule',
  'PLACEMENT_OPTION.IN_USE': 'rule',
  'PLACEMENT_OPTION.NOT_RESERVED': 'rule',
  'PLACEMENT_OPTION.SIBLING_KEPT_APART': 'rule',
  'PLACEMENT_PROCESS.NOT_FOUND': 'not-found',
  'PLACEMENT_PROCESS.NO_PROPOSAL': 'rule',
  'PLACEMENT_PROCESS.NOT_A_CANDIDATE': 'rule',
  'PLACEMENT_PROCESS.NOT_ALLOWED': 'forbidden',
} as const satisfies Record<string, DomainErrorKind>;

export type PlacementErrorCode = keyof typeof PLACEMENT_ERROR_KINDS;

export class PlacementError extends Refusal<PlacementErrorCode> {
  constructor(code: PlacementErrorCode, message: string) {
    super(code, PLACEMENT_ERROR_KINDS[code], message);
  }
}

export function refuse(code: PlacementErrorCode, message: string): never {
  throw new PlacementError(code, message);
}
