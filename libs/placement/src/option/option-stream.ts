import { streamCodec, type StreamDecider } from '@casus/streams';
import type { PlacementOptionCommand } from './option-commands';
import { decideOption } from './option-decide';
import { OPTION_EVENT_SCHEMA_VERSION, type PlacementOptionEvent } from './option-events';
import { evolveOption, initialOptionState, type OptionState } from './option-state';

/** `placement-option-<id>` streams: beside their decider, because @casus/streams knows no placement. */
export const optionCodec = streamCodec<PlacementOptionEvent>('placement option', OPTION_EVENT_SCHEMA_VERSION);

export const optionDecider: StreamDecider<OptionState, PlacementOptionCommand, PlacementOptionEvent> = {
  codec: optionCodec,
  initialState: initialOptionState,
  evolve: evolveOption,
  decide: (command, state) => decideOption(command, state),
};
