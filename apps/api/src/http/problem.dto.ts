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

  @ApiProperty({
    description: 'What went wrong, in English, as precise as the rule',
    example: 'no valid machtiging uithuisplaatsing for child ... on 2026-12-01',
  })
  detail!: string;

  @ApiProperty({ enum: ['nl', 'en'], description: 'The language of `text`: from Accept-Language, nl when none is asked for' })
  language!: 'nl' | 'en';

  @ApiProperty({
    description: 'The refusal in the words of the professional, and what they can do; also in Content-Language',
    example: 'Er is op 1 december 2026 geen geldige machtiging uithuisplaatsing voor dit kind.',
  })
  text!: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'The values `text` names (ids and ISO dates only), for a client that words the code itself',
    example: { childId: '3f0c6f8e-2b7a-4c1e-9d2a-5b8e1f4a7c10', on: '2026-12-01' },
  })
  params?: Record<string, string>;

  @ApiProperty({ description: 'Quote it when reporting a problem; also in the X-Correlation-Id header' })
  correlationId!: string;

  @ApiPropertyOptional({ type: [FieldErrorResponse], description: 'Field-level messages of a malformed request (400)' })
  errors?: FieldErrorResponse[];
}
