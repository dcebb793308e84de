import { knownMunicipalityCode } from '@casus/domain';
import { streamCodec, type StreamDecider, type Upcasters } from '@casus/streams';
import type { PlacementOptionCommand } from './option-commands';
import { decideOption } from './option-decide';
import { OPTION_EVENT_SCHEMA_VERSION, type PlacementOptionEvent } from './option-events';
import { evolveOption, initialOptionState, type OptionState } from './option-state';

/**
 * PlacementOptionRegistered 1 named the municipality only; 2 records its CBS gemeentecode, which matching
 * compares. An old place gets the code the named table knows for its name, or none.
 */
const OPTION_UPCASTERS: Upcasters<PlacementOptionEvent> = {
  'PlacementOptionRegistered@1': (data) => ({ ...data, municipalityCode: knownMunicipalityCode(String(data.municipality)) }),
};

/** `placement-option-<id>` streams: beside their decider, because @casus/streams knows no placement. */
export const optionCodec = streamCodec<PlacementOptionEvent>('placement option', OPTION_EVENT_SCHEMA_VERSION, OPTION_UPCASTERS);

export const optionDecider: StreamDecider<OptionState, PlacementOptionCommand, PlacementOptionEvent> = {
  codec: optionCodec,
  initialState: initialOptionState,
  evolve: evolveOption,
  decide: (command, state) => decideOption(command, state),
};
