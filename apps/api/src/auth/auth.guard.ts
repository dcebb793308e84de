import {
  createParamDecorator,
  Injectable,
  SetMetadata,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { HttpRequest, HttpResponse } from '../http/http-types';
import type { Principal } from '@casus/runtime';
import { RefusedTokenLimit } from './refused-token-limit';
import { TokenRejected, TokenVerifier } from './token-verifier';

const PUBLIC = Symbol('casus:public');

/** A route anyone may call without a token (health, docs). */
export const Public = () => SetMetadata(PUBLIC, true);

type AuthenticatedRequest = HttpRequest & { principal?: Principal };

@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly verifier: TokenVerifier,
    private readonly reflector: Reflector,
    private readonly refusals: RefusedTokenLimit,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const refuse = async (reason: string) => {
      await this.refusals.count(request, context.switchToHttp().getResponse<HttpResponse>());
      return new UnauthorizedException(reason);
    };
    const [scheme, token, ...rest] = (request.headers.authorization ?? '').split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token || rest.length > 0) throw await refuse('a Bearer token is required');
    try {
      request.principal = await this.verifier.verify(token);
    } catch (error) {
      if (error instanceof TokenRejected) throw await refuse(error.message);
      throw error;
    }
    return true;
  }
}

export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const { principal } = context.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!principal) throw new UnauthorizedException('a Bearer token is required');
  return principal;
});
