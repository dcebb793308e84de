import { caseSteps } from './case-steps';
import type { CasusApi } from './casus-api';
import type { Actor } from './people';

type CaseView = {
  placements: { placementId: string; childIds: string[] }[];
  familyMembers: { familyMemberId: string; parentalAuthorityOver: string[] }[];
};

/**
 * The provisional match put to the family (Handboek Methodisch Matchen, phase B): each child of the
 * placement and each parent with authority over one of them heard on the place reserved now, as `by` records it;
 * `says` gives someone's own words by their id.
 */
export async function everyoneHeardOnThePlace(
  casus: CasusApi,
  caseId: string,
  placementId: string,
  by: Actor,
  says: Readonly<Record<string, string>> = {},
): Promise<void> {
  const { step } = caseSteps(() => casus, caseId);
  const { case: state } = (await casus.get(by, `/cases/${caseId}`)).body as { case: CaseView };
  const { childIds } = state.placements.find((p) => p.placementId === placementId)!;
  const parents = state.familyMembers.filter((m) => m.parentalAuthorityOver.some((id) => childIds.includes(id)));
  const views = [
    ...childIds.map((childId) => ({
      participant: 'child',
      childId,
      heard: true,
      statement: says[childId] ?? 'I would like to meet them first',
    })),
    ...parents.map(({ familyMemberId }) => ({
      participant: 'parent',
      familyMemberId,
      statement: says[familyMemberId] ?? 'Not what I want, but I see why',
    })),
  ];
  for (const view of views) await step(by, 'record-placement-view', { placementId, view, heardOn: '2026-11-23' });
}
