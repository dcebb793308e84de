import { eraseFromCase } from '../erasure';
import { ExistingCase } from '../state';
import { actors, command, event, ids, TODAY } from '../testing/fixtures';
import { given, stateAfter } from '../testing/given-when-then';
import { machtigingForSanne, otsForSanne, parentsRecorded, signalRegistered } from '../testing/story';

const grandmotherRecorded = event('FamilyMemberRecorded', {
  familyMemberId: ids.grandmother,
  name: 'Ans de Vries',
  relation: 'grandparent',
  parentalAuthorityOver: [],
  contact: { phone: '06-12345678' },
});
const area = { municipality: 'Utrecht', region: 'Utrecht', location: { lat: 52.09, lon: 5.12 } };
const propose = (overrides: object = {}, by = actors.caseTeam) =>
  command(
    'ProposeNetworkFamily',
    {
      optionId: ids.option,
      familyMemberId: ids.grandmother,
      provider: 'Pleegzorg Gelderland',
      capacity: 2,
      careIntensities: ['light', 'medium'],
      area,
      ...overrides,
    },
    by,
  );
const proposed = event('NetworkFamilyProposed', {
  optionId: ids.option,
  familyMemberId: ids.grandmother,
  provider: 'Pleegzorg Gelderland',
  capacity: 2,
  careIntensities: ['light', 'medium'],
  area: { ...area, municipalityCode: 'GM0344' },
  proposedOn: TODAY,
});
const recorded = [signalRegistered, ...parentsRecorded, grandmotherRecorded];

describe("a netwerkpleeggezin proposed from the child's own network (Jeugdwet art. 2.3 lid 6)", () => {
  it('records the grandmother as a proposed family, with where she lives (its CBS code from the table) and who screens her', () => {
    given(recorded).when(propose()).then([proposed]);
    expect((stateAfter([...recorded, proposed]) as ExistingCase).networkFamilies).toEqual([proposed.data]);
  });

  it('is proposed by the GI charged with the OTS too, but never by a provider, an auditor or an uncharged GI', () => {
    const underOts = [...recorded, otsForSanne, machtigingForSanne];
    given(underOts).when(propose({}, actors.gi)).then([proposed]);
    given(underOts).when(propose({}, actors.provider)).thenThrows('CASE.NOT_FOUND');
    given(underOts).when(propose({}, actors.auditor)).thenThrows('ACCESS.READ_ONLY_ROLE');
    given(recorded).when(propose({}, actors.otherGi)).thenThrows('CASE.NOT_FOUND');
  });

  it('is refused for someone not on the case, for a parent (not foster care), twice, or without the facts matching needs', () => {
    given(recorded)
      .when(propose({ familyMemberId: ids.lead }))
      .thenThrows('CASE.UNKNOWN_FAMILY_MEMBER');
    given(recorded)
      .when(propose({ familyMemberId: ids.mother }))
      .thenThrows('PLACEMENT.PARENT_NOT_NETWORK_FAMILY');
    given([...recorded, proposed])
      .when(propose())
      .thenThrows('PLACEMENT.NETWORK_FAMILY_ALREADY_PROPOSED');
    given(recorded)
      .when(propose({ capacity: 0 }))
      .thenThrows('INPUT.MISSING');
    given(recorded)
      .when(propose({ careIntensities: [] }))
      .thenThrows('INPUT.MISSING');
    given(recorded)
      .when(propose({ provider: ' ' }))
      .thenThrows('INPUT.MISSING');
    given(recorded)
      .when(propose({ area: { ...area, municipality: 'Bergen' } }))
      .thenThrows('MUNICIPALITY.UNKNOWN');
  });

  it('loses where the family lives with an erasure of the family member, and nothing else', () => {
    const state = stateAfter([...recorded, proposed]) as ExistingCase;
    expect(eraseFromCase(state, ids.grandmother).networkFamilies).toEqual([{ ...proposed.data, area: '[erased]' }]);
    expect(eraseFromCase(state, ids.mother).networkFamilies).toEqual([proposed.data]);
  });
});
