import { Param, type PipeTransform } from '@nestjs/common';
import { canonicalUuid, isUuid, UUID_SPELLING } from '@casus/domain';
import { InvalidRequest } from './validation';

/** A path parameter that names an id: folded to the id's one spelling, or refused (see UuidField). */
class CanonicalIdPipe implements PipeTransform<unknown, string> {
  constructor(private readonly name: string) {}

  transform(raw: unknown): string {
    const value = canonicalUuid(raw);
    if (!isUuid(value)) throw new InvalidRequest([{ field: this.name, messages: [`${this.name} must be ${UUID_SPELLING}`] }]);
    return value;
  }
}

export const IdParam = (name: string) => Param(name, new CanonicalIdPipe(name));
