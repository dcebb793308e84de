import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { canonicalUuid, isUuid, MUNICIPALITY_CODE, MUNICIPALITY_CODE_SPELLING, UUID_SPELLING, WITHHELD_FROM } from '@casus/domain';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';

// One decorator per field kind, so the OpenAPI document and the validation never drift apart.

/** `conditional`: left out of `required`, but checked whenever a @ValidateIf above it holds. */
type FieldOptions = { optional?: boolean | 'conditional'; description?: string };

const optionality = ({ optional = false, description }: FieldOptions, schema: Parameters<typeof ApiProperty>[0] = {}) => [
  ApiProperty({ ...schema, required: !optional, description } as Parameters<typeof ApiProperty>[0]),
  ...(optional === true ? [IsOptional()] : []),
];

/** The domain's one spelling of an id, checked before any stream id is derived from it. */
const IsCanonicalUuid = (options: ValidationOptions = {}) =>
  ValidateBy(
    { name: 'isCanonicalUuid', validator: { validate: isUuid, defaultMessage: () => `$property must be ${UUID_SPELLING}` } },
    options,
  );

const CanonicalUuids = () => Transform(({ value }) => (Array.isArray(value) ? value.map(canonicalUuid) : canonicalUuid(value)));

export const UuidField = (options: FieldOptions = {}) =>
  applyDecorators(...optionality(options, { type: String, format: 'uuid' }), CanonicalUuids(), IsCanonicalUuid());

// The lengths are in the document too, so the browser's forms limit a field as the API does (apps/web/src/forms).
const TEXT_MAX = 2_000;

export const TextField = (options: FieldOptions & { max?: number } = {}) =>
  applyDecorators(
    ...optionality(options, { type: String, minLength: 1, maxLength: options.max ?? TEXT_MAX }),
    IsString(),
    IsNotEmpty(),
    MaxLength(options.max ?? TEXT_MAX),
  );

/** Optional: left out, the domain takes the code its table knows for the municipality's name. */
export const MunicipalityCodeField = () =>
  applyDecorators(
    ...optionality(
      { optional: true, description: `${MUNICIPALITY_CODE_SPELLING}; may be left out for a municipality Casus knows by name` },
      { type: String, pattern: MUNICIPALITY_CODE.source, example: 'GM0228' },
    ),
    Matches(MUNICIPALITY_CODE, { message: `$property must be ${MUNICIPALITY_CODE_SPELLING}` }),
  );

export const DateField = (options: FieldOptions = {}) =>
  applyDecorators(
    ...optionality(options, { type: String, format: 'date', example: '2026-12-01' }),
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be an existing calendar date' }),
  );

export const TimestampField = (options: FieldOptions = {}) =>
  applyDecorators(...optionality(options, { type: String, format: 'date-time' }), IsISO8601({ strict: true, strictSeparator: true }));

export const EnumField = (values: readonly string[], options: FieldOptions = {}) =>
  applyDecorators(...optionality(options, { enum: values as string[] }), IsIn(values as string[]));

/** Each value from the list at most once. */
export const EnumListField = (values: readonly string[], options: FieldOptions = {}) =>
  applyDecorators(
    ...optionality(options, { enum: values as string[], isArray: true }),
    IsArray(),
    ArrayMaxSize(values.length),
    IsIn(values as string[], { each: true }),
  );

/** `query`: a query string carries text, so the number or truth value it spells is what is checked. */
type QueryOptions = { query?: boolean };

const fromQuery = {
  integer: () => Type(() => Number),
  boolean: () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value)),
};

export const IntegerField = (options: FieldOptions & QueryOptions & { min: number; max: number; default?: number }) =>
  applyDecorators(
    ...optionality(options, {
      type: 'integer',
      minimum: options.min,
      maximum: options.max,
      ...(options.default !== undefined && { default: options.default }),
    }),
    ...(options.query ? [fromQuery.integer()] : []),
    IsInt(),
    Min(options.min),
    Max(options.max),
  );

export const NumberField = (options: FieldOptions & { min: number; max: number }) =>
  applyDecorators(
    ...optionality(options, { type: Number, minimum: options.min, maximum: options.max }),
    IsNumber({ allowNaN: false, allowInfinity: false }),
    Min(options.min),
    Max(options.max),
  );

export const BooleanField = (options: FieldOptions & QueryOptions = {}) =>
  applyDecorators(...optionality(options, { type: Boolean }), ...(options.query ? [fromQuery.boolean()] : []), IsBoolean());

/** A position in the global log as command responses give it. */
export const LogPositionField = (options: FieldOptions = {}) =>
  applyDecorators(
    ...optionality(options, { type: String, example: '1042:17' }),
    Matches(/^\d{1,20}:\d{1,20}$/, { message: '$property must be "commit:prepare"' }),
  );

export const TextListField = (options: FieldOptions & { max?: number } = {}) =>
  applyDecorators(
    ...optionality(options, { type: 'array', items: { type: 'string', minLength: 1, maxLength: TEXT_MAX }, maxItems: options.max ?? 100 }),
    IsArray(),
    ArrayMaxSize(options.max ?? 100),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(TEXT_MAX, { each: true }),
  );

export const UuidListField = (options: FieldOptions = {}) =>
  applyDecorators(
    ...optionality(options, { type: [String], format: 'uuid' }),
    CanonicalUuids(),
    IsArray(),
    ArrayMaxSize(100),
    IsCanonicalUuid({ each: true, message: `each value in $property must be ${UUID_SPELLING}` }),
  );

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const NestedField = (type: () => Function, options: FieldOptions & { array?: boolean } = {}) =>
  applyDecorators(
    // @nestjs/swagger takes a function for a lazy type only when it is named `type`, as this property's is.
    ...optionality(options, { type: () => (options.array ? [type()] : type()) }),
    // ValidateNested alone lets a missing object through to the command handler.
    ...(options.array ? [IsArray(), ArrayMaxSize(100)] : [IsObject()]),
    ValidateNested({ each: options.array }),
    Type(type),
  );

const isWithheldFrom = (value: unknown): boolean =>
  (WITHHELD_FROM as readonly unknown[]).includes(value) ||
  (Array.isArray(value) && value.length > 0 && value.length <= 100 && value.every(isUuid));

/** From whom a part of the file is withheld: `parents`, `everyone`, or the ids of the persons of the case it is withheld from. */
export const WithheldFromField = (options: FieldOptions = {}) =>
  applyDecorators(
    ...optionality(options, {
      oneOf: [
        { type: 'string', enum: [...WITHHELD_FROM] },
        { type: 'array', items: { type: 'string', format: 'uuid' }, minItems: 1, maxItems: 100 },
      ],
    }),
    CanonicalUuids(),
    ValidateBy({
      name: 'isWithheldFrom',
      validator: {
        validate: isWithheldFrom,
        defaultMessage: () =>
          `$property must be ${WITHHELD_FROM.map((w) => `"${w}"`).join(' or ')}, or a list of person ids (${UUID_SPELLING})`,
      },
    }),
  );
