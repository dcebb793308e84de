import { EventStore1764000000000 } from './1764000000000-event-store';
import { SubscriptionCheckpoints1764000000001 } from './1764000000001-subscription-checkpoints';
import { PlacementTimers1764000000100 } from './1764000000100-placement-timers';
import { ReadModels1764000000400 } from './1764000000400-read-models';
import { AccessLog1764000000600 } from './1764000000600-access-log';
import { PersonKeys1764000000700 } from './1764000000700-person-keys';
import { CaseOverviewNoProviders1764000000910 } from './1764000000910-case-overview-no-providers';
import { EventChainV21764000013100 } from './1764000013100-event-chain-v2';
import { AccessLogChain1764000013200 } from './1764000013200-access-log-chain';
import { Anchors1764000013300 } from './1764000013300-anchors';
import { CapacityMunicipalityCode1764000015110 } from './1764000015110-capacity-municipality-code';
import { CaseOverviewVeiligThuis1764000016110 } from './1764000016110-case-overview-veilig-thuis';
import { DemoPeople1764000017100 } from './1764000017100-demo-people';
import { TimelineDutch1764000017300 } from './1764000017300-timeline-dutch';
import { CaseOverviewJeugdlinkRequest1764000017410 } from './1764000017410-case-overview-jeugdlink-request';
import { FamilyLinks1764000018100 } from './1764000018100-family-links';
import { DemoPeopleAbout1764000018200 } from './1764000018200-demo-people-about';
import { PersonKeyErasures1764000019100 } from './1764000019100-person-key-erasures';
import { AccessLogHeadPerStatement1764000019200 } from './1764000019200-access-log-head-per-statement';
import { CaseOverviewRoomForUpdates1764000019300 } from './1764000019300-case-overview-room-for-updates';
import { AccessLogLineHashPlpgsql1764000019400 } from './1764000019400-access-log-line-hash-plpgsql';
import { CaseOverviewStateAsJson1764000019500 } from './1764000019500-case-overview-state-as-json';

/** Every schema change of Casus, oldest first. typeorm records which have run. */
export const migrations = [
  EventStore1764000000000,
  SubscriptionCheckpoints1764000000001,
  PlacementTimers1764000000100,
  ReadModels1764000000400,
  AccessLog1764000000600,
  PersonKeys1764000000700,
  CaseOverviewNoProviders1764000000910,
  EventChainV21764000013100,
  AccessLogChain1764000013200,
  Anchors1764000013300,
  CapacityMunicipalityCode1764000015110,
  CaseOverviewVeiligThuis1764000016110,
  DemoPeople1764000017100,
  TimelineDutch1764000017300,
  CaseOverviewJeugdlinkRequest1764000017410,
  FamilyLinks1764000018100,
  DemoPeopleAbout1764000018200,
  PersonKeyErasures1764000019100,
  AccessLogHeadPerStatement1764000019200,
  CaseOverviewRoomForUpdates1764000019300,
  AccessLogLineHashPlpgsql1764000019400,
  CaseOverviewStateAsJson1764000019500,
];
