/** Dutch first: the language of the professionals; English for everyone else who reads a case. */
export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Words = Readonly<Record<Language, string>>;

const COUNTED = {
  child: { nl: ['kind', 'kinderen'], en: ['child', 'children'] },
  condition: { nl: ['voorwaarde', 'voorwaarden'], en: ['condition', 'conditions'] },
  place: { nl: ['plek', 'plekken'], en: ['place', 'places'] },
  view: { nl: ['visie', 'visies'], en: ['view', 'views'] },
  goal: { nl: ['doel', 'doelen'], en: ['goal', 'goals'] },
  service: { nl: ['hulpvorm', 'hulpvormen'], en: ['service', 'services'] },
} as const satisfies Record<string, Record<Language, readonly [string, string]>>;

/** `2 children` / `2 kinderen`: a number with its noun in both languages. */
export function counted(count: number, noun: keyof typeof COUNTED): Words {
  const pick = (language: Language) => `${count} ${COUNTED[noun][language][count === 1 ? 0 : 1]}`;
  return { nl: pick('nl'), en: pick('en') };
}
