import { ApiProperty } from '@nestjs/swagger';

// The response side of fields.ts: what an answer carries, documented without validation (the API writes it, no one sends it).

type AnswerOptions = { description?: string; nullable?: boolean; optional?: boolean };

const property = ({ optional = false, ...options }: AnswerOptions, schema: object) =>
  ApiProperty({ ...schema, ...options, required: !optional } as Parameters<typeof ApiProperty>[0]);

export const IdAnswer = (options: AnswerOptions = {}) => property(options, { type: String, format: 'uuid' });
export const TextAnswer = (options: AnswerOptions = {}) => property(options, { type: String });
export const DayAnswer = (options: AnswerOptions = {}) => property(options, { type: String, format: 'date' });
export const MomentAnswer = (options: AnswerOptions = {}) => property(options, { type: String, format: 'date-time' });
export const CountAnswer = (options: AnswerOptions = {}) => property(options, { type: 'integer' });
export const NumberAnswer = (options: AnswerOptions = {}) => property(options, { type: Number });
export const FlagAnswer = (options: AnswerOptions = {}) => property(options, { type: Boolean });
export const EnumAnswer = (values: readonly string[], options: AnswerOptions = {}) => property(options, { type: String, enum: values });
export const PositionAnswer = (options: AnswerOptions = {}) =>
  property(
    { description: 'Global log position, "commit:prepare"; pass it as minPosition to read your own write', ...options },
    {
      type: String,
      example: '1042:17',
    },
  );
export const TextListAnswer = (options: AnswerOptions = {}) => property(options, { type: [String] });
export const IdListAnswer = (options: AnswerOptions = {}) =>
  property(options, { type: 'array', items: { type: 'string', format: 'uuid' } });
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const NestedAnswer = (type: () => Function, { array = false, ...options }: AnswerOptions & { array?: boolean } = {}) =>
  // @nestjs/swagger takes a function for a lazy type only when it is named `type`, as this property's is (see fields.ts).
  property(options, { type: () => (array ? [type()] : type()) });

/**
 * A record the domain shapes (an event's data, a part of the case as `evolve` builds it): an open object whose fields the
 * domain's type names, so a new fact reaches the client without a second list of fields to forget.
 */
export const RecordAnswer = (options: AnswerOptions = {}) => property(options, { type: 'object', additionalProperties: true });
export const RecordListAnswer = (options: AnswerOptions = {}) =>
  property(options, { type: 'array', items: { type: 'object', additionalProperties: true } });
