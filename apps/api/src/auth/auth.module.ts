import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import type { AuthSettings } from '@casus/runtime';
import { AuthGuard } from './auth.guard';
import { MeHttpController } from './me.http.controller';
import { RefusedTokenLimit } from './refused-token-limit';
import { TokenVerifier } from './token-verifier';

@Module({})
export class AuthModule {
  /** `refusedPerMinute`: requests without a valid token per client address per minute; 0 = no limit. */
  static forRoot(settings: AuthSettings, refusedPerMinute = 0): DynamicModule {
    return {
      module: AuthModule,
      controllers: [MeHttpController],
      providers: [
        { provide: TokenVerifier, useFactory: () => TokenVerifier.create(settings) },
        { provide: RefusedTokenLimit, useFactory: () => new RefusedTokenLimit(refusedPerMinute) },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [TokenVerifier],
    };
  }
}
