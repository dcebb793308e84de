import { mother } from './support/case-story';
import { caseSteps } from './support/case-steps';
import { startCasusApi, type CasusApi } from './support/casus-api';
import { family, familyAccounts, id, people } from './support/people';

const father = { ...mother, familyMemberId: family.father, name: 'Mark de Vries', parentalAuthorityOver: [], contact: {} };
const linkMother = { personId: family.mother, accountId: familyAccounts.mother.id };
const withhold = { withholdingId: id(1801), eventNumber: 0, from: 'parents', ground: 'privacy-of-another', reason: 'Names the neighbour' };
const mark = { markId: id(1802), eventNumber: 0, reason: 'Sanne said it in confidence' };

/** Issue 18, who is who: the case team links the family's accounts and decides what the family does not see. */
describe('the case team’s steps on the family’s own file', () => {
  let casus: CasusApi;
  const caseId = id(1800);
  const { open, step, refused, read } = caseSteps(() => casus, caseId);

  beforeAll(async () => {
    casus = await startCasusApi();
    await open();
    await step(people.lotte, 'record-family-member', mother);
    await step(people.lotte, 'record-family-member', father);
  });
  afterAll(() => casus.close());

  it('are refused to an outsider team, an auditor, a provider and a family member, and write nothing', async () => {
    const steps = [
      ['link-family-account', linkMother],
      ['end-family-account-link', { personId: family.mother, reason: 'ended' }],
      ['withhold-from-family', withhold],
      ['end-withholding', { withholdingId: withhold.withholdingId, reason: 'ended' }],
      ['mark-not-for-parents', mark],
    ] as const;
    for (const [path, body] of steps) {
      for (const outsider of [people.pieter, people.priya, familyAccounts.mother])
        await refused(outsider, path, body, 404, 'CASE.NOT_FOUND');
      await refused(people.ilse, path, body, 403, 'ACCESS.READ_ONLY_ROLE');
    }
  });

  it('links an account to its person once, and ends the link with a reason', async () => {
    await step(people.lotte, 'link-family-account', linkMother);
    await refused(people.lotte, 'link-family-account', { ...linkMother, accountId: id(1899) }, 409, 'FAMILY.ALREADY_LINKED');
    await refused(
      people.lotte,
      'link-family-account',
      { personId: family.father, accountId: linkMother.accountId },
      409,
      'FAMILY.ACCOUNT_IN_USE',
    );
    await refused(people.lotte, 'link-family-account', { personId: id(1898), accountId: id(1897) }, 422, 'FAMILY.PERSON_UNKNOWN');
    await step(people.lotte, 'end-family-account-link', { personId: family.mother, reason: 'Mother asked for a new account' });
    await refused(people.lotte, 'end-family-account-link', { personId: family.mother, reason: 'again' }, 422, 'FAMILY.NOT_LINKED');
    const { case: state } = await read(people.lotte, `/cases/${caseId}`);
    expect(state.familyAccounts).toEqual([
      {
        personId: family.mother,
        accountId: linkMother.accountId,
        linkedOn: expect.any(String),
        ended: { on: expect.any(String), reason: 'Mother asked for a new account' },
      },
    ]);
  });

  it('withholds a step from the family and ends it; marks a step not for the parents', async () => {
    await step(people.lotte, 'withhold-from-family', withhold);
    await step(people.lotte, 'withhold-from-family', {
      ...withhold,
      withholdingId: id(1803),
      from: [family.sanne],
      ground: 'interest-of-child',
    });
    await refused(
      people.lotte,
      'withhold-from-family',
      { ...withhold, withholdingId: id(1804), eventNumber: 999 },
      422,
      'FAMILY.EVENT_UNKNOWN',
    );
    await refused(
      people.lotte,
      'withhold-from-family',
      { ...withhold, withholdingId: id(1804), from: [id(1896)] },
      422,
      'FAMILY.PERSON_UNKNOWN',
    );
    await refused(
      people.lotte,
      'withhold-from-family',
      { ...withhold, withholdingId: id(1804), from: 'neighbours' },
      400,
      'REQUEST.INVALID',
    );
    await step(people.lotte, 'end-withholding', { withholdingId: withhold.withholdingId, reason: 'The neighbour agreed' });
    await refused(
      people.lotte,
      'end-withholding',
      { withholdingId: withhold.withholdingId, reason: 'again' },
      422,
      'FAMILY.WITHHOLDING_ALREADY_ENDED',
    );
    await step(people.lotte, 'mark-not-for-parents', mark);
    await refused(people.lotte, 'mark-not-for-parents', mark, 409, 'FAMILY.MARK_ALREADY_RECORDED');
    const { case: state } = await read(people.lotte, `/cases/${caseId}`);
    expect(state.withholdings).toMatchObject([
      { withholdingId: withhold.withholdingId, from: 'parents', ended: { reason: 'The neighbour agreed' } },
      { withholdingId: id(1803), from: [family.sanne], ground: 'interest-of-child', ended: null },
    ]);
    expect(state.notForParents).toMatchObject([{ markId: mark.markId, eventNumber: 0 }]);
  });

  it('are offered to the case team among its open steps', async () => {
    const { steps } = await read(people.lotte, `/cases/${caseId}/steps`);
    const offered = steps.filter((s: { type: string }) =>
      ['LinkFamilyAccount', 'EndFamilyAccountLink', 'WithholdFromFamily', 'EndWithholding', 'MarkNotForParents'].includes(s.type),
    );
    expect(offered).toEqual([
      { type: 'LinkFamilyAccount', open: true, method: 'POST', path: '/cases/{caseId}/link-family-account' },
      { type: 'EndFamilyAccountLink', open: true, method: 'POST', path: '/cases/{caseId}/end-family-account-link' },
      { type: 'WithholdFromFamily', open: true, method: 'POST', path: '/cases/{caseId}/withhold-from-family' },
      { type: 'EndWithholding', open: true, method: 'POST', path: '/cases/{caseId}/end-withholding' },
      { type: 'MarkNotForParents', open: true, method: 'POST', path: '/cases/{caseId}/mark-not-for-parents' },
    ]);
  });
});
