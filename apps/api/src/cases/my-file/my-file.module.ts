import { Module, type DynamicModule } from '@nestjs/common';
import type { FamilyAccessLogNames } from '@casus/runtime';
import { MyFileHttpController } from './my-file.http.controller';
import { FAMILY_ACCESS_LOG_NAMES } from './my-file.tokens';

/** The family's own file (issue 18): their files, the file as they may read it, and who looked. */
@Module({})
export class MyFileModule {
  static forRoot(options: { familyAccessLogNames: FamilyAccessLogNames }): DynamicModule {
    return {
      module: MyFileModule,
      controllers: [MyFileHttpController],
      providers: [{ provide: FAMILY_ACCESS_LOG_NAMES, useValue: options.familyAccessLogNames }],
    };
  }
}
