import type { CandidateChosen } from '@casus/placement';
import { TextField, UuidField } from '../http/fields';

export class ChooseCandidateRequest implements Pick<CandidateChosen['data'], 'optionId' | 'reason'> {
  @UuidField({ description: 'One of the ranked candidates of the latest proposal' })
  optionId!: string;

  @TextField({ max: 10_000, description: 'Why this place rather than the one the process holds' })
  reason!: string;
}
