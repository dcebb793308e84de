import { Module, type DynamicModule } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { loadOrCreateDevSigningKey, type AuthSettings } from '@casus/runtime';
import { AuthConfigController } from './auth-config.http.controller';
import { AuthGuard } from './auth.guard';
import { AUTH_SETTINGS, DEV_SIGNING_KEY } from './auth-tokens';
import { DevSignInController } from './dev-sign-in.http.controller';
import { MeHttpController } from './me.http.controller';
import { RefusedTokenLimit } from './refused-token-limit';
import { TokenVerifier } from './token-verifier';

@Module({})
export class AuthModule {
  /** `refusedPerMinute`: requests without a valid token per client address per minute; 0 = no limit. */
  static forRoot(settings: AuthSettings, refusedPerMinute = 0): DynamicModule {
    // The development sign-in exists with the dev key only: with OIDC its routes are not there at all.
    const devSignIn =
      settings.kind === 'dev'
        ? {
            controllers: [DevSignInController],
            providers: [{ provide: DEV_SIGNING_KEY, useFactory: () => loadOrCreateDevSigningKey(settings.keyDir) }],
          }
        : { controllers: [], providers: [] };
    return {
      module: AuthModule,
      controllers: [MeHttpController, AuthConfigController, ...devSignIn.controllers],
      providers: [
        { provide: AUTH_SETTINGS, useValue: settings },
        { provide: TokenVerifier, useFactory: () => TokenVerifier.create(settings) },
        { provide: RefusedTokenLimit, useFactory: () => new RefusedTokenLimit(refusedPerMinute) },
        { provide: APP_GUARD, useClass: AuthGuard },
        ...devSignIn.providers,
      ],
      exports: [TokenVerifier],
    };
  }
}
