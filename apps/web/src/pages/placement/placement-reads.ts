import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { answered, api } from '../../api/client';
import type { components } from '../../api/casus-api';

// The answers' shapes as these pages read them: the case view and the process keep their records loosely typed in the
// API's document (records as the domain folds them), so the pages name the few fields they show.

export type Child = Readonly<{ childId: string; birthDate: string }>;
export type FamilyMember = Readonly<{ familyMemberId: string; name: string; relation: string; parentalAuthorityOver: readonly string[] }>;

export type ReturnCondition = Readonly<{
  conditionId: string;
  description: string;
  responsible: string;
  assessments: readonly { met: boolean; evidence: string; assessedOn: string }[];
}>;

export type ParticipantView = Readonly<{
  participant: string;
  childId?: string;
  familyMemberId?: string;
  name?: string;
  organisation?: string;
  heard?: boolean;
  notHeardReason?: string;
  statement?: string;
  prefers?: string;
}>;

export type ReturnDecision = Readonly<{
  decisionId: string;
  decidedOn: string;
  outcome: { kind: string; reviewOn?: string; perspective?: string };
  views: readonly ParticipantView[];
  rationale: string;
  conditionsOverrideReason: string | null;
}>;

export type Placement = Readonly<{
  placementId: string;
  childIds: readonly string[];
  status: string;
  intendedStartOn: string;
  decision: { optionId: string; provider: string } | null;
  returnHomePlan: { support: string; targetOn: string; conditions: readonly ReturnCondition[] } | null;
  returnDecisions: readonly ReturnDecision[];
  returnedHome: { on: string; aftercare: string } | null;
}>;

export type CaseView = Readonly<{
  revision: number;
  case: Readonly<{ caseId: string; children: readonly Child[]; familyMembers: readonly FamilyMember[]; placements: readonly Placement[] }>;
}>;

export type CriterionScore = Readonly<{
  criterion: string;
  weight: number;
  raw: number | string | boolean;
  value: number;
  contribution: number;
  explanation: string;
}>;
export type Ranked = Readonly<{ optionId: string; score: number; criteria: readonly CriterionScore[] }>;
export type Excluded = Readonly<{ optionId: string; reasons: readonly { code: string; message: string }[] }>;

export type PlacementProcess = Readonly<{
  placementId: string | null;
  revision: number;
  reservation: { optionId: string; places: number; expiresAt: string } | null;
  accepted: { optionId: string } | null;
  chosen: string | null;
  exhausted: boolean;
  decision: { optionId: string } | null;
  concluded: { cause: string; on: string } | null;
  proposal: { configVersion: string; ranked: readonly Ranked[]; excluded: readonly Excluded[] } | null;
  history: readonly { type: string; data: Record<string, unknown>; recordedAt: string }[];
}>;

export type Place = components['schemas']['PlaceAnswer'];

export const caseKey = (caseId: string) => ['placement-case', caseId] as const;

/** The case as its readers see it now: children, family, placements with their return-home plans and decisions. */
export function useCaseView(caseId: string) {
  return useQuery({
    queryKey: caseKey(caseId),
    queryFn: async () => (await answered(api.GET('/cases/{caseId}', { params: { path: { caseId } } }))) as unknown as CaseView,
  });
}

// The process moves on by itself after a request or a choice (matching, reserving): the page follows it until it rests.
const MOVING_MS = 1_000;
const isMoving = (process: PlacementProcess | undefined) =>
  !process || (process.proposal === null && !process.exhausted) || process.chosen !== null;

export function usePlacementProcess(placementId: string) {
  return useQuery({
    queryKey: ['placement', placementId],
    queryFn: async () =>
      (await answered(api.GET('/placements/{placementId}', { params: { path: { placementId } } }))) as unknown as PlacementProcess,
    refetchInterval: (query) => (isMoving(query.state.data) ? MOVING_MS : false),
  });
}

/**
 * The places as this reader may see them, by id: the candidates' kind, provider and municipality. `minPosition`: a step
 * just taken on a place, for the read model to include (the list shown meanwhile stays).
 */
export function usePlaces(minPosition?: string) {
  return useQuery({
    queryKey: ['places', minPosition ?? null],
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const asked = api.GET('/placement-options', { params: { query: { minPosition } } });
      const { items } = await answered(asked);
      return new Map(items.map((place) => [place.optionId, place]));
    },
  });
}
