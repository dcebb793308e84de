import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { AuthSettings } from '@casus/runtime';
import { PublicProblems } from '../http/problem-responses';
import { Public } from './auth.guard';
import { AUTH_SETTINGS } from './auth-tokens';
import { AuthConfigResponse } from './sign-in.dto';

@ApiTags('auth')
@Public()
@PublicProblems()
@Controller('auth')
export class AuthConfigController {
  constructor(@Inject(AUTH_SETTINGS) private readonly auth: AuthSettings) {}

  @Get('config')
  @ApiOperation({ summary: 'How the browser app signs in: the development sign-in page, or OpenID Connect with PKCE at this issuer' })
  @ApiOkResponse({ type: AuthConfigResponse })
  config(): AuthConfigResponse {
    if (this.auth.kind === 'dev') return { kind: 'dev' };
    return { kind: 'oidc', issuer: this.auth.issuer, clientId: this.auth.clientId, scope: this.auth.scope };
  }
}
