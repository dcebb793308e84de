import type { ComplaintOutcome, DestructionException, VoiceEvent } from '@casus/domain';
import type { Words } from './words';
import { say } from './family-say';

type DataOf<T extends VoiceEvent['type']> = Extract<VoiceEvent, { type: T }>['data'];
/** A row of family-words.ts's FAMILY_STEP_WORDS (which takes these in): the line, and the reason read under "why". */
type VoiceStepWording<T extends VoiceEvent['type']> = Readonly<{
  line: (data: DataOf<T>) => Words;
  why?: (data: DataOf<T>) => string | null;
  important: true;
}>;

// The family's own requests and the case's answers, as the one who asked reads them (only they see them, family-file.ts):
// what they asked, what was decided and why. Their own words come with the line (ownWordsIn), not in it. Each is
// `important`: a parent told only the important facts (BW 1:377c) still reads their own requests and the answers.

const step = (n: number | null, nl: string, en: string): Words =>
  n === null ? say(nl, en) : say(`${nl} (stap #${n})`, `${en} (step #${n})`);

const OUTCOME_WORDS = {
  upheld: say('Je klacht klopt.', 'Your complaint is right.'),
  'partly-upheld': say('Je klacht klopt voor een deel.', 'Your complaint is partly right.'),
  'not-upheld': say('Je klacht klopt niet.', 'Your complaint is not right.'),
} as const satisfies Record<ComplaintOutcome, Words>;

const KEPT_BECAUSE = {
  'considerable-interest-of-another': say('het dossier is heel belangrijk voor iemand anders', 'the file matters a lot to someone else'),
  'legal-duty': say('de wet zegt dat het dossier moet blijven', 'the law says the file must be kept'),
} as const satisfies Record<DestructionException, Words>;

export const FAMILY_VOICE_STEP_WORDS = {
  OwnStatementAdded: {
    line: ({ aboutEventNumber }) =>
      step(aboutEventNumber, 'Je schreef een eigen verklaring bij het dossier.', 'You wrote an own statement for the file.'),
    important: true,
  },
  CorrectionRequested: {
    line: ({ aboutEventNumber }) =>
      step(aboutEventNumber, 'Je vroeg om een fout in het dossier te verbeteren.', 'You asked for a mistake in the file to be put right.'),
    important: true,
  },
  CorrectionDecided: {
    line: ({ aboutEventNumber, decision, correction }) =>
      decision === 'corrected'
        ? step(
            aboutEventNumber,
            `De fout is verbeterd. Nu staat er: "${correction}". Wat er eerst stond, blijft ook bewaard.`,
            `The mistake was put right. It now says: "${correction}". What it said first is kept too.`,
          )
        : step(aboutEventNumber, 'De fout is niet verbeterd.', 'The mistake was not put right.'),
    why: ({ reason }) => reason,
    important: true,
  },
  DestructionRequested: {
    line: ({ decideBy }) =>
      say(
        `Je vroeg om je dossier te vernietigen. Je hoort uiterlijk ${decideBy} wat er besloten is.`,
        `You asked for your file to be destroyed. You will hear by ${decideBy} what was decided.`,
      ),
    important: true,
  },
  DestructionRequestDecided: {
    line: ({ exception }) =>
      exception === null
        ? say('Je dossier wordt vernietigd, zoals je vroeg.', 'Your file is destroyed, as you asked.')
        : say(
            `Je dossier wordt niet vernietigd, want ${KEPT_BECAUSE[exception].nl}.`,
            `Your file is not destroyed, because ${KEPT_BECAUSE[exception].en}.`,
          ),
    why: ({ reason }) => reason,
    important: true,
  },
  ComplaintFiled: {
    line: ({ handleBy }) =>
      say(
        `Je diende een klacht in. Je hoort uiterlijk ${handleBy} wat ermee gebeurt.`,
        `You made a complaint. You will hear by ${handleBy} what is done with it.`,
      ),
    important: true,
  },
  ComplaintHandled: {
    line: ({ outcome }) =>
      say(`Je klacht is behandeld. ${OUTCOME_WORDS[outcome].nl}`, `Your complaint was handled. ${OUTCOME_WORDS[outcome].en}`),
    why: ({ reason }) => reason,
    important: true,
  },
} satisfies { readonly [T in VoiceEvent['type']]: VoiceStepWording<T> };

/** The family's own requests as "what comes next": the answer they wait for. */
export const FAMILY_VOICE_NEXT_WORDS = {
  'complaint-handling': say('Je hoort wat er met je klacht gebeurt', 'You hear what is done with your complaint'),
  'destruction-decision': say('Je hoort of je dossier vernietigd wordt', 'You hear whether your file is destroyed'),
  'correction-answer': say('Je hoort of je dossier verbeterd wordt', 'You hear whether your file is corrected'),
} as const;
