import { familyLinksProjection } from '@casus/projections';
import { Pool } from 'pg';
import { awaitFreshness } from '../../../apps/api/src/read-models/freshness';
import { lead } from '../../e2e/support/case-story';
import { caseSteps } from '../../e2e/support/case-steps';
import type { CasusApi } from '../../e2e/support/casus-api';
import { id, people, type Actor } from '../../e2e/support/people';

const account = (n: number, name: string): Actor => ({ id: id(n), role: 'family', team: 'family', organisation: 'family', name });

/**
 * One family's file for the browser tests of issue 18: Noor (13), her mother Fatima with authority, her father Mark
 * without it, and her grandmother Ans in Utrecht, proposed as a network foster family. Three talks: one everyone may
 * read, one where Noor spoke in confidence (to be marked not for the parents) and one that names the neighbour (to be
 * withheld from the parents). `ids` are counted on from `base`.
 */
export function familyFileStory(casus: () => CasusApi, base: number) {
  const caseId = id(base);
  const noor = id(base + 1);
  const fatima = id(base + 2);
  const mark = id(base + 3);
  const ans = id(base + 4);
  const accounts = {
    noor: account(base + 11, 'Noor de Vries'),
    fatima: account(base + 12, 'Fatima de Vries'),
    mark: account(base + 13, 'Mark de Vries'),
  };
  /** The ids of what the case team records about the family's view, for the tests to name. */
  const ids = { mark: id(base + 21), withholding: id(base + 22) };
  const steps = caseSteps(casus, caseId);
  const note = (n: number, on: string, kind: string, text: string, ownWords: { personId: string; words: string }[] = []) => ({
    noteId: id(base + n),
    kind,
    on,
    present: { childIds: [noor], familyMemberIds: ownWords.map((said) => said.personId).filter((one) => one !== noor), professionals: [] },
    text,
    agreed: [],
    ownWords,
  });
  const words = {
    /** What Noor said in confidence: only she may read it, never a parent. */
    confidence: 'Ik ben bang als papa boos wordt, zeg het niet tegen hem',
    /** Fatima's words at the home visit: hers to read. */
    fatima: 'Wij willen graag hulp bij de opvoeding',
    grandmotherAddress: 'Oudegracht 12, Utrecht',
  };

  /** Opens the case and takes the steps before any family account is linked; the revisions of the three talks. */
  async function write() {
    await steps.open(caseId, { children: [{ childId: noor, birthDate: '2013-04-02' }] });
    await steps.step(people.lotte, 'assign-case-lead', lead);
    const member = (familyMemberId: string, name: string, relation: string, authority: string[], contact: object = {}) =>
      steps.step(people.lotte, 'record-family-member', { familyMemberId, name, relation, parentalAuthorityOver: authority, contact });
    await member(fatima, 'Fatima de Vries', 'parent', [noor]);
    await member(mark, 'Mark de Vries', 'parent', []);
    await member(ans, 'Ans de Vries', 'grandparent', [], { address: words.grandmotherAddress, phone: '06-87654321' });
    await steps.step(people.lotte, 'propose-network-family', {
      optionId: id(base + 5),
      familyMemberId: ans,
      provider: 'Pleegzorg Utrecht',
      capacity: 1,
      careIntensities: ['light'],
      area: { municipality: 'Utrecht', region: 'Utrecht', location: { lat: 52.0917, lon: 5.1214 } },
    });
    const visit = await steps.step(
      people.lotte,
      'record-case-note',
      note(6, '2026-11-18', 'home-visit', 'Rustig thuis; moeder wil hulp.', [{ personId: fatima, words: words.fatima }]),
    );
    const confidence = await steps.step(
      people.lotte,
      'record-case-note',
      note(7, '2026-11-19', 'conversation-with-child', 'Noor vertelde over thuis.', [{ personId: noor, words: words.confidence }]),
    );
    const neighbour = await steps.step(
      people.lotte,
      'record-case-note',
      note(8, '2026-11-20', 'phone-call', 'De buurvrouw, mevrouw Jansen, belde over ruzie.'),
    );
    return { visit: visit.revision, confidence: confidence.revision, neighbour: neighbour.revision };
  }

  /**
   * The case team links each account to its person, over HTTP. Returns once the family-links read model holds the
   * links: a family member's landing page reads its list of files once, and a test opening it sooner found it empty.
   */
  async function link(...persons: readonly ('noor' | 'fatima' | 'mark')[]) {
    const personOf = { noor, fatima, mark };
    let linked: string | undefined;
    for (const person of persons)
      ({ position: linked } = await steps.step(people.lotte, 'link-family-account', {
        personId: personOf[person],
        accountId: accounts[person].id,
      }));
    const pool = new Pool({ connectionString: casus().databaseUrl, max: 1 });
    try {
      await awaitFreshness(pool, [familyLinksProjection], linked, 30_000);
    } finally {
      await pool.end();
    }
  }

  return { caseId, noor, fatima, mark, ans, accounts, ids, words, steps, write, link };
}
