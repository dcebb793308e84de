import { Injectable, RequestMethod, type OnModuleInit } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { STEP_TYPES, type CaseCommandType } from '@casus/domain';
import { STEP_COMMAND } from './case-step.decorators';

/** Where a step is taken: the method and the path as the OpenAPI document spells it (`/cases/{caseId}/assign-case-lead`). */
export type StepRoute = Readonly<{ method: string; path: string }>;

const pathOf = (...parts: readonly string[]): string =>
  `/${parts
    .flatMap((part) => part.split('/'))
    .filter((part) => part !== '')
    .map((part) => part.replace(/^:(.+)$/, '{$1}'))
    .join('/')}`;

/**
 * Each command's route, read from the controllers' own metadata (`CaseStep`, `TakesStep`): there is no second route
 * table to keep. A command without a route, or with two, stops the app at start.
 */
@Injectable()
export class CaseStepRoutes implements OnModuleInit {
  private readonly routes = new Map<CaseCommandType, StepRoute>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    for (const { metatype, instance } of this.discovery.getControllers()) {
      if (!metatype || !instance) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of this.scanner.getAllMethodNames(prototype)) this.add(metatype, prototype[name]);
    }
    const unrouted = STEP_TYPES.filter((type) => !this.routes.has(type));
    if (unrouted.length > 0) throw new Error(`no HTTP route takes ${unrouted.join(', ')}`);
  }

  routeOf(type: CaseCommandType): StepRoute {
    return this.routes.get(type)!;
  }

  private add(controller: object, handler: unknown): void {
    if (typeof handler !== 'function') return;
    const type = Reflect.getMetadata(STEP_COMMAND, handler) as CaseCommandType | undefined;
    if (type === undefined) return;
    if (this.routes.has(type)) throw new Error(`two HTTP routes take ${type}`);
    const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod];
    this.routes.set(type, {
      method,
      path: pathOf(Reflect.getMetadata(PATH_METADATA, controller), Reflect.getMetadata(PATH_METADATA, handler)),
    });
  }
}
