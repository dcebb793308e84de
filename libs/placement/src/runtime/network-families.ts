import { ERASED, type ExistingCase, type NetworkFamilyArea, type NetworkFamilyRecord } from '@casus/domain';
import type { EventStore } from '@casus/event-store';
import type { PlacementOption } from '@casus/matching';
import type { Writer } from '@casus/streams';
import { PlacementError } from '../errors';
import { PROCESS_ACTOR, stepId } from '../metadata';
import { handleOptionCommand, loadOption } from '../option/option-command-handler';
import type { RegisterPlacementOption } from '../option/option-commands';
import { toMatchingOption } from './capacity-reader';

/**
 * The families proposed on this case from the child's own network, as places only its matching sees. Each
 * gets a placement-option stream the first time it is matched (opened by the process), so that reserving,
 * accepting, occupying and freeing it are what they are for every place, capacity checked on its stream.
 * A family whose member was erased has no area left and is no longer a candidate.
 */
export async function networkOptionsOf(
  store: EventStore,
  caseState: ExistingCase,
  writing: Readonly<{ context: Writer; now: Date }>,
): Promise<PlacementOption[]> {
  const options: PlacementOption[] = [];
  for (const family of caseState.networkFamilies) {
    if (family.area === ERASED) continue;
    const { state } = await loadOption(store, family.optionId);
    const opened = state.exists ? state : await openOnce(store, registration(caseState.caseId, family, family.area), writing);
    const option = toMatchingOption(opened);
    if (option) options.push(option);
  }
  return options;
}

// Two placements of one case may match at once: the one that loses the race reads the place the other opened.
async function openOnce(store: EventStore, command: RegisterPlacementOption, writing: Readonly<{ context: Writer; now: Date }>) {
  const eventIds = (index: number) => stepId(command.data.optionId, 'opened', index);
  try {
    return (await handleOptionCommand(store, command, { ...writing, eventIds })).state;
  } catch (error) {
    if (!(error instanceof PlacementError && error.code === 'PLACEMENT_OPTION.ALREADY_REGISTERED')) throw error;
    return (await loadOption(store, command.data.optionId)).state;
  }
}

/** Which options are a proposed family's, and whose: their ranking figures place that family's home (sealed with it). */
export function networkFamiliesAmong(caseState: ExistingCase, options: readonly PlacementOption[]): Record<string, string> | null {
  const ids = new Set(options.map((option) => option.optionId));
  const families = caseState.networkFamilies.filter((family) => ids.has(family.optionId));
  return families.length > 0 ? Object.fromEntries(families.map((family) => [family.optionId, family.familyMemberId])) : null;
}

function registration(caseId: string, family: NetworkFamilyRecord, area: NetworkFamilyArea): RegisterPlacementOption {
  const { optionId, familyMemberId, provider, capacity, careIntensities } = family;
  return {
    type: 'RegisterPlacementOption',
    actor: PROCESS_ACTOR,
    data: {
      optionId,
      kind: 'netwerkpleeggezin',
      provider,
      ...area,
      capacity,
      // The family is proposed for this case's children, whatever their age; they take the siblings they have room for.
      ageRange: { min: 0, max: 17 },
      careIntensities,
      specialisations: [],
      maxSiblingGroup: capacity,
      networkFamilyId: caseId,
      proposedFor: { caseId, familyMemberId },
    },
  };
}
