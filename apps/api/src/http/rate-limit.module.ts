import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule } from '@nestjs/throttler';
import type { Principal } from '@casus/runtime';

type RateLimitedRequest = { principal?: Principal; ip?: string; socket?: { remoteAddress?: string } };

/**
 * Per user, not per address: a whole team behind one municipal NAT must not share a budget. Requests
 * the AuthGuard refuses never get here; RefusedTokenLimit counts those per address.
 */
export const rateLimitTracker = (request: RateLimitedRequest): string =>
  request.principal ? `sub:${request.principal.id}` : `ip:${request.ip ?? request.socket?.remoteAddress ?? 'unknown'}`;

/**
 * Imported after AuthModule so its guard runs after the token was verified: the tracker is the
 * verified subject, never a claim from an unverified token. Limits are per API instance.
 */
@Module({})
export class RateLimitModule {
  static forRoot(requestsPerMinute: number): DynamicModule {
    return {
      module: RateLimitModule,
      imports: [
        ThrottlerModule.forRoot({
          throttlers: [{ name: 'default', ttl: 60_000, limit: Math.max(requestsPerMinute, 1) }],
          getTracker: (request) => rateLimitTracker(request as RateLimitedRequest),
          skipIf: () => requestsPerMinute === 0,
        }),
      ],
      providers: [{ provide: APP_GUARD, useClass: ThrottlerGuard }],
    };
  }
}
