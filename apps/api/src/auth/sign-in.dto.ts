import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES } from '@casus/domain';
import { UuidField } from '../http/fields';

/** How the browser app signs in here: the development sign-in page, or the organisation's OpenID Connect provider. */
export class AuthConfigResponse {
  @ApiProperty({ enum: ['dev', 'oidc'], description: 'dev: GET /dev/people and POST /dev/sign-in; oidc: authorization code with PKCE' })
  kind!: 'dev' | 'oidc';

  @ApiPropertyOptional({ description: 'oidc only: OIDC_ISSUER_URL', example: 'https://login.ede.nl/realms/casus' })
  issuer?: string;

  @ApiPropertyOptional({ description: "oidc only: the browser app's client id (OIDC_CLIENT_ID, else OIDC_AUDIENCE)" })
  clientId?: string;

  @ApiPropertyOptional({ description: 'oidc only: the scopes to ask for (OIDC_SCOPE)', example: 'openid profile' })
  scope?: string;
}

/** A made-up professional `casus seed` wrote for the demo region. */
export class DemoPersonResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'Sanne Bosgraaf' })
  name!: string;

  @ApiProperty({ enum: ROLES })
  role!: string;

  @ApiProperty({ example: 'wijkteam-ede-noord', description: 'empty for a role that belongs to no team' })
  team!: string;

  @ApiProperty({ example: 'Gemeente Ede' })
  organisation!: string;

  @ApiPropertyOptional({ example: 'kind, 13 jaar', description: 'a family member only: what they are on their case' })
  about?: string;
}

export class DemoPeopleResponse {
  @ApiProperty({ type: [DemoPersonResponse], description: 'by role (wijkteam first), then team and name; empty before `casus seed`' })
  people!: DemoPersonResponse[];
}

export class DevSignInRequest {
  @UuidField({ description: 'the id of a person GET /dev/people lists' })
  personId!: string;
}

export class DevSignInResponse {
  @ApiProperty({ description: 'a dev token for this person, as `casus token` mints it: send it as `Authorization: Bearer <token>`' })
  token!: string;

  @ApiProperty({ format: 'date-time', description: 'when the token stops being accepted' })
  expiresAt!: string;

  @ApiProperty({ type: DemoPersonResponse })
  person!: DemoPersonResponse;
}
