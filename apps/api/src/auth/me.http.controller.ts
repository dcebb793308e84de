import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ROLES, type Role } from '@casus/domain';
import type { Principal } from '@casus/runtime';
import { Problems } from '../http/problem-responses';
import { CurrentPrincipal } from './auth.guard';

class MeResponse implements Principal {
  @ApiProperty({ description: "The token's sub" })
  id!: string;

  @ApiProperty({ enum: ROLES })
  role!: Role;

  @ApiProperty({ description: 'Empty for roles without a team' })
  team!: string;

  @ApiProperty()
  organisation!: string;

  @ApiPropertyOptional()
  name?: string;
}

/** Who the token says the caller is, as Casus reads it: the browser app shows it and picks the pages of the role. */
@ApiTags('auth')
@ApiBearerAuth()
@Problems()
@Controller('me')
export class MeHttpController {
  @Get()
  @ApiOperation({ summary: 'The signed-in person as Casus reads their token: id, role, team, organisation and name' })
  @ApiOkResponse({ type: MeResponse })
  me(@CurrentPrincipal() principal: Principal): MeResponse {
    return { id: principal.id, role: principal.role, team: principal.team, organisation: principal.organisation, name: principal.name };
  }
}
