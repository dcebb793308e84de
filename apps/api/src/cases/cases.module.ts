import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DiscoveryModule } from '@nestjs/core';
import { ClosureHttpController } from './closure/closure.http.controller';
import { CourtOrdersHttpController } from './court-orders/court-orders.http.controller';
import { FamilyHttpController } from './family/family.http.controller';
import { FamilyFileHttpController } from './family/family-file.http.controller';
import { GrowingUpHttpController } from './growing-up/growing-up.http.controller';
import { HelpHttpController } from './help/help.http.controller';
import { JeugdlinkHttpController } from './jeugdlink/jeugdlink.http.controller';
import { JournalHttpController } from './journal/journal.http.controller';
import { PlacementHttpController } from './placement/placement.http.controller';
import { CaseHttpController } from './read/case.http.controller';
import { GetCaseHandler } from './read/get-case.query';
import { ReturnHomeHttpController } from './return-home/return-home.http.controller';
import { SafetyHttpController } from './safety/safety.http.controller';
import type { JeugdlinkTeams } from '@casus/runtime';
import { JEUGDLINK_TEAMS, RegionalJeugdlinkTeams } from './jeugdlink/regional-teams';
import type { WorkingCalendar } from '@casus/domain';
import { COMMAND_CONFLICT_RETRIES, COMPLAINT_TERM_WEEKS, FORMER_TEAM_READ_DAYS, WORKING_CALENDAR } from './shared/case-step.tokens';
import { FamilyVoiceHttpController } from './family-voice/family-voice.http.controller';
import { DestructionOnRequest } from './family-voice/destruction-on-request';
import { FamilyRequestsHttpController } from './my-file/requests/family-requests.http.controller';
import { CaseSteps } from './shared/case-steps';
import { CaseStepRoutes } from './shared/case-step-routes';
import { StepsHttpController } from './steps/steps.http.controller';
import { ExecuteCaseCommandHandler } from './shared/execute-case-command';
import { SignalHttpController } from './signal/signal.http.controller';
import { TransferHttpController } from './transfer/transfer.http.controller';
import { VeiligThuisHttpController } from './veilig-thuis/veilig-thuis.http.controller';

@Module({})
export class CasesModule {
  static forRoot(options: {
    commandConflictRetries: number;
    jeugdlinkTeams: JeugdlinkTeams;
    calendar: WorkingCalendar;
    formerTeamReadDays: number;
    complaintTermWeeks: number;
  }): DynamicModule {
    return {
      module: CasesModule,
      imports: [CqrsModule, DiscoveryModule],
      controllers: [
        SignalHttpController,
        VeiligThuisHttpController,
        CaseHttpController,
        FamilyHttpController,
        FamilyFileHttpController,
        SafetyHttpController,
        JeugdlinkHttpController,
        CourtOrdersHttpController,
        PlacementHttpController,
        ReturnHomeHttpController,
        GrowingUpHttpController,
        HelpHttpController,
        ClosureHttpController,
        JournalHttpController,
        TransferHttpController,
        StepsHttpController,
        FamilyVoiceHttpController,
        // The family's own steps, under /my-file: sent through the case's one command path.
        FamilyRequestsHttpController,
      ],
      providers: [
        { provide: COMMAND_CONFLICT_RETRIES, useValue: options.commandConflictRetries },
        { provide: JEUGDLINK_TEAMS, useValue: options.jeugdlinkTeams },
        { provide: WORKING_CALENDAR, useValue: options.calendar },
        { provide: FORMER_TEAM_READ_DAYS, useValue: options.formerTeamReadDays },
        { provide: COMPLAINT_TERM_WEEKS, useValue: options.complaintTermWeeks },
        RegionalJeugdlinkTeams,
        CaseSteps,
        CaseStepRoutes,
        ExecuteCaseCommandHandler,
        GetCaseHandler,
        DestructionOnRequest,
      ],
    };
  }
}
