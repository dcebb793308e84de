import { Body, Controller, Get, HttpCode, Inject, Logger, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { decodeJwt } from 'jose';
import type { Pool } from 'pg';
import {
  DATABASE_POOL,
  DEFAULT_TOKEN_MAX_LIFETIME_SECONDS,
  findDemoPerson,
  listDemoPeople,
  mintDevToken,
  type AuthSettings,
  type DevSigningKey,
} from '@casus/runtime';
import { ReadLog } from '../audit/read-log';
import { correlationIdOf } from '../http/correlation-id';
import type { HttpRequest } from '../http/http-types';
import { HttpRefusal } from '../http/problem';
import { PublicProblems } from '../http/problem-responses';
import { Public } from './auth.guard';
import { AUTH_SETTINGS, DEV_SIGNING_KEY } from './auth-tokens';
import { DemoPeopleResponse, DevSignInRequest, DevSignInResponse } from './sign-in.dto';

/** As long as `casus token` mints by default, never longer than the API accepts. */
const SIGN_IN_SECONDS = 8 * 3600;

/**
 * The development sign-in page's API: registered only while auth is dev (the embedded default), so with
 * OIDC_ISSUER_URL set these routes do not exist. It signs in only as someone `casus seed` made up; the
 * claims come from the seeded row, never from the request.
 */
@ApiTags('auth')
@Public()
@PublicProblems()
@Controller('dev')
export class DevSignInController {
  private readonly logger = new Logger('DevSignIn');

  constructor(
    @Inject(DATABASE_POOL) private readonly db: Pool,
    @Inject(DEV_SIGNING_KEY) private readonly key: DevSigningKey,
    @Inject(AUTH_SETTINGS) private readonly auth: AuthSettings,
    private readonly readLog: ReadLog,
  ) {}

  @Get('people')
  @ApiOperation({ summary: 'The seeded demo people to sign in as, by role and team (development sign-in only; absent with OIDC)' })
  @ApiOkResponse({ type: DemoPeopleResponse })
  async people(): Promise<DemoPeopleResponse> {
    return { people: await listDemoPeople(this.db) };
  }

  @Post('sign-in')
  @HttpCode(200)
  @ApiOperation({ summary: 'A dev token for a seeded demo person, as `casus token` mints it (development sign-in only; absent with OIDC)' })
  @ApiOkResponse({ type: DevSignInResponse })
  async signIn(@Body() body: DevSignInRequest, @Req() request: HttpRequest): Promise<DevSignInResponse> {
    const person = await findDemoPerson(this.db, body.personId);
    if (!person) {
      this.logger.warn({ personId: body.personId, correlationId: correlationIdOf(request) }, 'dev sign-in refused: no such seeded person');
      throw new HttpRefusal(404, 'AUTH.NOT_A_DEMO_PERSON', `no person seeded for the demo region has the id ${body.personId}`);
    }
    await this.readLog.record(request, person, { caseId: null, data: 'dev-token', ground: 'development sign-in as a seeded demo person' });
    this.logger.log(
      {
        userId: person.id,
        role: person.role,
        team: person.team,
        organisation: person.organisation,
        correlationId: correlationIdOf(request),
      },
      'dev sign-in',
    );
    const longest = this.auth.maxLifetimeSeconds ?? DEFAULT_TOKEN_MAX_LIFETIME_SECONDS;
    const { about: _about, ...claims } = person;
    const token = await mintDevToken(this.key, { sub: person.id, ...claims, ttlSeconds: Math.min(SIGN_IN_SECONDS, longest) });
    return { token, expiresAt: new Date(decodeJwt(token).exp! * 1_000).toISOString(), person };
  }
}
