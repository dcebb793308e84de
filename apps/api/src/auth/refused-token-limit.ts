import { ThrottlerException, ThrottlerStorageService } from '@nestjs/throttler';
import type { OnApplicationShutdown } from '@nestjs/common';
import type { HttpRequest, HttpResponse } from '../http/http-types';
import { rateLimitTracker } from '../http/rate-limit.module';

const WINDOW_MS = 60_000;

/**
 * Requests without a valid token never reach the per-user limit (the guard refuses them first), so
 * guessing tokens would be free: each refusal counts against the client's address instead. A valid
 * token from the same address (a colleague behind the municipality's NAT) is not held back by it.
 */
export class RefusedTokenLimit implements OnApplicationShutdown {
  private readonly storage = new ThrottlerStorageService();

  /** `perMinute` 0: no limit. */
  constructor(private readonly perMinute: number) {}

  /** Counts one refused request; over the budget the answer becomes 429 with Retry-After. */
  async count(request: HttpRequest, response: HttpResponse): Promise<void> {
    if (this.perMinute === 0) return;
    const address = rateLimitTracker(request);
    const { isBlocked, timeToBlockExpire } = await this.storage.increment(
      `refused-token:${address}`,
      WINDOW_MS,
      this.perMinute,
      0,
      'refused-token',
    );
    if (!isBlocked) return;
    response.header('Retry-After', String(Math.max(timeToBlockExpire, 1)));
    throw new ThrottlerException();
  }

  onApplicationShutdown(): void {
    this.storage.onApplicationShutdown();
  }
}
