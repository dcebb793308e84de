import type { StepForm } from '../../forms/field-spec';

// The small steps these pages take in place, as data, so page-forms.unit.spec.ts can hold them to the API's schemas.
// What the page itself adds to a body (the place chosen, the number typed) is named there.

export const CHOOSE_FORM: StepForm = {
  path: '/placements/{placementId}/choose',
  fields: [{ kind: 'text', name: 'reason', label: 'chooseReason', max: 10_000, lines: 3 }],
};

export const DECLINE_FORM: StepForm = {
  path: '/placements/{placementId}/decline',
  fields: [{ kind: 'text', name: 'reason', label: 'declineReason', max: 2_000, lines: 2 }],
};

export const PAUSE_FORM: StepForm = {
  path: '/placement-options/{optionId}/pause',
  fields: [{ kind: 'text', name: 'reason', label: 'pauseReason', max: 2_000, lines: 2 }],
};

// The kit has no number field: the capacity is typed as text and sent as a number, for the API to refuse anything else.
export const CAPACITY_FORM: StepForm = {
  path: '/placement-options/{optionId}/change-capacity',
  fields: [
    { kind: 'text', name: 'capacity', max: 4 },
    { kind: 'text', name: 'reason', label: 'capacityReason', max: 2_000, lines: 2 },
  ],
};
