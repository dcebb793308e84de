import type { HealthCheckResult } from '@nestjs/terminus';
import { EnumAnswer, RecordAnswer } from '../http/answer-fields';

const PER_CHECK = 'Per check (eventStore, database, projections): status up or down, and what it found';

/** Terminus's result, as /health/live and /health/ready answer it (the latter also with 503 when a check is down). */
export class HealthAnswer implements HealthCheckResult {
  @EnumAnswer(['ok', 'error', 'shutting_down'])
  status!: HealthCheckResult['status'];

  @RecordAnswer({ optional: true, description: `The checks that are up. ${PER_CHECK}` })
  info?: HealthCheckResult['info'];

  @RecordAnswer({ optional: true, description: `The checks that are down. ${PER_CHECK}` })
  error?: HealthCheckResult['error'];

  @RecordAnswer({ description: `Every check. ${PER_CHECK}` })
  details!: HealthCheckResult['details'];
}
