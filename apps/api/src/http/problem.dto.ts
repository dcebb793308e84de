import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class FieldErrorResponse {
  @ApiProperty({ example: 'children.0.birthDate' })
  field!: string;

  @ApiProperty({ type: [String] })
  messages!: string[];
}

/** The OpenAPI shape of every error body (RFC 9457 problem details, application/problem+json). */
export class ProblemResponse {
  @ApiProperty({ example: 'about:blank' })
  type!: string;

  @ApiProperty({ example: 'Unprocessable Content' })
  title!: string;

  @ApiProperty({ example: 422 })
  status!: number;

  @ApiProperty({
    description:
      'Stable code: a domain rule (CASE.CLOSED, PLACEMENT.NO_VALID_MACHTIGING, ...) or REQUEST.INVALID, AUTH.UNAUTHENTICATED, CASE.REVISION_CONFLICT, EVENT_STORE.UNAVAILABLE',
    example: 'PLACEMENT.NO_VALID_MACHTIGING',
  })
  code!: string;

  @ApiProperty({ example: 'no valid machtiging uithuisplaatsing for child ... on 2026-12-01' })
  detail!: string;

  @ApiProperty({ description: 'Quote it when reporting a problem; also in the X-Correlation-Id header' })
  correlationId!: string;

  @ApiPropertyOptional({ type: [FieldErrorResponse], description: 'Field-level messages of a malformed request (400)' })
  errors?: FieldErrorResponse[];
}
