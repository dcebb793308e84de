import { ProposeNetworkFamily } from '../commands';
import { refuse } from '../errors';
import { NetworkFamilyProposed } from '../events';
import { requireMunicipalityCode } from '../municipality';
import { ExistingCase } from '../state';
import { FamilyRelation } from '../values';
import { Moment, requireFamilyMember, requireNonEmpty, requireText } from './guards';

const CARE_INTENSITIES = ['light', 'medium', 'intensive'] as const;

// A pleegouder cares for a child "die niet zijn kind of stiefkind is" (Jeugdwet art. 1.1, as kst-35833-3 cites it).
const NOT_A_FOSTER_PARENT: readonly FamilyRelation[] = ['parent', 'step-parent'];

/**
 * "Zo thuis mogelijk" starts in the child's own network (Jeugdwet art. 2.3 lid 6): a grandparent, an aunt or a
 * friend of the family may take the child before any provider knows them. The pleegzorgaanbieder named screens
 * them and closes the foster contract, so it answers the reservation as for any foster family.
 */
export function proposeNetworkFamily({ data }: ProposeNetworkFamily, state: ExistingCase, moment: Moment): [NetworkFamilyProposed] {
  if (state.networkFamilies.some((family) => family.optionId === data.optionId)) {
    refuse('PLACEMENT.NETWORK_FAMILY_ALREADY_PROPOSED', `network family ${data.optionId} is already proposed on this case`);
  }
  const member = requireFamilyMember(state, data.familyMemberId);
  if (NOT_A_FOSTER_PARENT.includes(member.relation)) {
    refuse(
      'PLACEMENT.PARENT_NOT_NETWORK_FAMILY',
      `family member ${member.familyMemberId} is the child's ${member.relation}: living with them is not foster care`,
    );
  }
  const provider = requireText(data.provider, 'the pleegzorgaanbieder that screens the family').trim();
  if (!Number.isInteger(data.capacity) || data.capacity < 1) refuse('INPUT.MISSING', 'the places the family offers: a whole number from 1');
  requireNonEmpty(data.careIntensities, 'the care the family can give');
  const unknown = data.careIntensities.filter((care) => !CARE_INTENSITIES.includes(care));
  if (unknown.length > 0) refuse('INPUT.MISSING', `care intensities are ${CARE_INTENSITIES.join(', ')}, not ${unknown.join(', ')}`);
  const { municipality, region, location } = data.area;
  requireText(municipality, 'the municipality the family lives in');
  requireText(region, 'the region the family lives in');
  if (!Number.isFinite(location.lat) || !Number.isFinite(location.lon)) refuse('INPUT.MISSING', 'where the family lives: lat and lon');
  const municipalityCode = requireMunicipalityCode(municipality, data.area.municipalityCode);
  const { optionId, familyMemberId, capacity, careIntensities } = data;
  return [
    {
      type: 'NetworkFamilyProposed',
      data: {
        optionId,
        familyMemberId,
        provider,
        capacity,
        careIntensities: [...new Set(careIntensities)],
        area: { municipality, municipalityCode, region, location },
        proposedOn: moment.today,
      },
    },
  ];
}
