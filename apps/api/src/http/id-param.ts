import { Param, type PipeTransform } from '@nestjs/common';
import { isUuid, UUID_SPELLING } from '@casus/domain';
import { InvalidRequest } from './validation';

/** A path parameter that names an id: refused unless it is the id's one spelling (see UuidField). */
class CanonicalIdPipe implements PipeTransform<unknown, string> {
  constructor(private readonly name: string) {}

  transform(value: unknown): string {
    if (!isUuid(value)) throw new InvalidRequest([{ field: this.name, messages: [`${this.name} must be ${UUID_SPELLING}`] }]);
    return value;
  }
}

export const IdParam = (name: string) => Param(name, new CanonicalIdPipe(name));
