import { Uuid } from '../../shared/ids';
import { FamilyRelation } from '../values';

/** Who a family account is on a case: one of its children, or a recorded family member with their relation. */
export type FamilyPerson = Readonly<{ personId: Uuid; as: 'child' | FamilyRelation }>;

/** Why a linked person may not inspect the file (DOMAIN.md, inspection of the file). */
export const NO_INSPECTION_REASONS = ['child-under-12', 'children-16-or-over', 'children-of-age', 'no-parent'] as const;
export type NoInspectionReason = (typeof NO_INSPECTION_REASONS)[number];

/**
 * What a linked person may see of the case: the file as it concerns `childIds`, the information a parent without
 * authority is given about them (BW 1:377c), or nothing, with the reason.
 */
export type InspectionRight =
  | Readonly<{ right: 'file'; childIds: readonly Uuid[] }>
  | Readonly<{ right: 'information'; childIds: readonly Uuid[] }>
  | Readonly<{ right: 'none'; reason: NoInspectionReason }>;

/** Why a part of the file is withheld from the family: another person's privacy, or the child's interest, weighs heavier. */
export const WITHHOLDING_GROUNDS = ['privacy-of-another', 'interest-of-child'] as const;
export type WithholdingGround = (typeof WITHHOLDING_GROUNDS)[number];

/** From whom a part is withheld: every linked parent, every linked person, or the persons named. */
export const WITHHELD_FROM = ['parents', 'everyone'] as const;
export type WithheldFrom = (typeof WITHHELD_FROM)[number] | readonly Uuid[];
