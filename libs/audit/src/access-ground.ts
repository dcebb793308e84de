import type { HandedOverBy, ReadGround } from '@casus/domain';

type Words<K extends ReadGround['reader']> = (ground: Extract<ReadGround, { reader: K }>) => string;

/** The step a former team or GI left the case by, as its read ground says the case stood. */
const AS_IT_STOOD = {
  CaseTransferred: 'at its transfer',
  CaseHandedOverToLocalTeam: 'at its handover to the local team',
  ChargedGiChanged: 'when another GI took over',
} satisfies Record<HandedOverBy['event'], string>;

const WORDS: { [K in ReadGround['reader']]: Words<K> } = {
  auditor: () => 'auditor oversight',
  'case-team': ({ team }) => `case team (${team})`,
  'jeugdlink-team': ({ team, joined }) =>
    joined === undefined ? `Jeugdlink team that joined (${team})` : `${joined ? 'joined' : 'formerly joined'} Jeugdlink team (${team})`,
  gi: ({ organisation }) => `GI charged with a court order (${organisation})`,
  'veilig-thuis': ({ team }) => `leading Veilig Thuis team (${team})`,
  provider: ({ organisation }) => `provider of this placement (${organisation})`,
  'requested-jeugdlink-team': ({ team }) => `Jeugdlink team asked to join, its request only (${team})`,
  'former-team': ({ team, handedOverBy, handedOverOn, readEndsOn }) =>
    `former team (${team}), the case as it stood ${AS_IT_STOOD[handedOverBy.event]} on ${handedOverOn}, until ${readEndsOn}`,
  family: ({ personId, right }) =>
    right === 'file'
      ? `family member inspecting their own file (person ${personId})`
      : `parent without authority, the information the law gives (person ${personId})`,
  'former-gi': ({ organisation, handedOverBy, handedOverOn, readEndsOn }) =>
    `former GI (${organisation}), the case as it stood ${AS_IT_STOOD[handedOverBy.event]} on ${handedOverOn}, until ${readEndsOn}`,
};

/**
 * The authorisation ground an access-log line records (NEN 7513: "grondslag"). The domain decides
 * whether and why the reader may read (readers.ts); this says it in words an oversight officer reads back.
 */
export function groundInWords(ground: ReadGround): string {
  return (WORDS[ground.reader] as Words<ReadGround['reader']>)(ground as never);
}

/** How every refused read's ground begins: the access log's outcome filter (`?outcome=refused`) keys on it. */
export const REFUSED_GROUND = 'refused: ';

/** Refused reads are logged too, on one of these grounds, before the refusal is answered. */
export const REFUSED = {
  notAReader: `${REFUSED_GROUND}not among this case's readers`,
  noCase: `${REFUSED_GROUND}no such case`,
  notThisPlacement: `${REFUSED_GROUND}not among this placement's readers`,
  noPlacement: `${REFUSED_GROUND}no such placement`,
  role: (role: string, what: string) => `${REFUSED_GROUND}a ${role} does not read ${what}`,
} as const;
