import { actors, event, ids, TODAY, uuid } from '../testing/fixtures';
import { stateAfter } from '../testing/given-when-then';
import { fatherRecorded, motherRecorded, signalRegistered, signalWithSanneBornOn } from '../testing/story';
import { readGround } from '../readers';
import { ExistingCase } from '../state';
import { familyPersonOf } from './family-person';
import { familyReadGround } from './family-ground';
import { inspectionRight } from './inspection-right';
import { CaseEvent } from '../events';

// On TODAY (2026-11-23) Sanne is 12 and Daan 7; the mother has authority over both.
const fatherWithoutAuthority = event('FamilyMemberRecorded', { ...fatherRecorded.data, parentalAuthorityOver: [] });
const grandmother = event('FamilyMemberRecorded', {
  familyMemberId: ids.grandmother,
  name: 'Els de Vries',
  relation: 'grandparent',
  parentalAuthorityOver: [],
  contact: {},
});
const guardianGrandmother = event('FamilyMemberRecorded', { ...grandmother.data, parentalAuthorityOver: [ids.daan] });
const family = (signal: CaseEvent = signalRegistered, ...more: CaseEvent[]) =>
  stateAfter([signal, motherRecorded, fatherWithoutAuthority, ...more]) as ExistingCase;
const rightOf = (state: ExistingCase, personId: string) => {
  const as =
    personId === ids.sanne || personId === ids.daan ? 'child' : state.familyMembers.find((m) => m.familyMemberId === personId)!.relation;
  return inspectionRight(state, { personId, as }, TODAY);
};

describe('who may inspect the file (Jeugdwet 7.3.10 ff., AVG art. 15; BW 1:377c)', () => {
  it('lets a child from 12 see their own file, and only their own part', () => {
    expect(rightOf(family(), ids.sanne)).toEqual({ right: 'file', childIds: [ids.sanne] });
    expect(rightOf(family(signalWithSanneBornOn('2008-01-01')), ids.sanne)).toEqual({ right: 'file', childIds: [ids.sanne] });
  });

  it('gives a child under 12 no right of their own', () => {
    expect(rightOf(family(), ids.daan)).toEqual({ right: 'none', reason: 'child-under-12' });
    expect(rightOf(family(signalWithSanneBornOn('2014-11-24')), ids.sanne)).toEqual({ right: 'none', reason: 'child-under-12' });
  });

  it('lets a parent with authority see the file as it concerns the children under 16 they have authority over', () => {
    expect(rightOf(family(), ids.mother)).toEqual({ right: 'file', childIds: [ids.sanne, ids.daan] });
    expect(rightOf(family(signalWithSanneBornOn('2010-11-23')), ids.mother)).toEqual({ right: 'file', childIds: [ids.daan] });
    expect(rightOf(family(signalWithSanneBornOn('2010-11-24')), ids.mother)).toEqual({ right: 'file', childIds: [ids.sanne, ids.daan] });
  });

  it('gives a parent whose children with authority are all 16 or over no right to the file: it is the young person’s own', () => {
    const both16 = event('SignalRegistered', {
      ...signalRegistered.data,
      children: signalRegistered.data.children.map((child) => ({ ...child, birthDate: '2010-01-01' })),
    });
    expect(rightOf(family(both16), ids.mother)).toEqual({ right: 'none', reason: 'children-16-or-over' });
  });

  it('gives a guardian with authority (not a parent) the file as a parent with authority', () => {
    expect(rightOf(family(signalRegistered, guardianGrandmother), ids.grandmother)).toEqual({ right: 'file', childIds: [ids.daan] });
  });

  it('gives a parent without authority the information the law gives about their minor children, not the file', () => {
    expect(rightOf(family(), ids.father)).toEqual({ right: 'information', childIds: [ids.sanne, ids.daan] });
    const ofAge = event('SignalRegistered', {
      ...signalRegistered.data,
      children: signalRegistered.data.children.map((child) => ({ ...child, birthDate: '2005-01-01' })),
    });
    expect(rightOf(family(ofAge), ids.father)).toEqual({ right: 'none', reason: 'children-of-age' });
  });

  it('gives other relatives without authority nothing', () => {
    expect(rightOf(family(signalRegistered, grandmother), ids.grandmother)).toEqual({ right: 'none', reason: 'no-parent' });
  });
});

describe('the family account on the case', () => {
  const motherAccount = { ...actors.family, id: uuid(301) };
  const linked = event('FamilyAccountLinked', { personId: ids.mother, accountId: motherAccount.id, linkedOn: '2026-11-20' });
  const ended = event('FamilyAccountLinkEnded', { personId: ids.mother, accountId: motherAccount.id, endedOn: TODAY, reason: 'moved' });

  it('is the person its live link names', () => {
    expect(familyPersonOf(family(signalRegistered, linked), motherAccount)).toEqual({ personId: ids.mother, as: 'parent' });
    expect(familyPersonOf(family(signalRegistered, linked, ended), motherAccount)).toBeNull();
    expect(familyPersonOf(family(signalRegistered, linked), { ...motherAccount, id: uuid(302) })).toBeNull();
    expect(familyPersonOf(family(signalRegistered, linked), { ...actors.caseTeam, id: motherAccount.id })).toBeNull();
    expect(familyPersonOf({ status: 'none' }, motherAccount)).toBeNull();
  });

  it('reads the own file on the family ground of its right, through the family’s endpoints only', () => {
    expect(familyReadGround(family(signalRegistered, linked), motherAccount, TODAY)).toEqual({
      reader: 'family',
      personId: ids.mother,
      right: 'file',
    });
    expect(readGround(family(signalRegistered, linked), motherAccount, TODAY)).toBeNull();
    expect(familyReadGround(family(signalRegistered, linked, ended), motherAccount, TODAY)).toBeNull();
  });

  it('reads nothing on a right of none: a child under 12', () => {
    const daanAccount = { ...actors.family, id: uuid(303) };
    const daanLinked = event('FamilyAccountLinked', { personId: ids.daan, accountId: daanAccount.id, linkedOn: '2026-11-20' });
    expect(familyPersonOf(family(signalRegistered, daanLinked), daanAccount)).toEqual({ personId: ids.daan, as: 'child' });
    expect(familyReadGround(family(signalRegistered, daanLinked), daanAccount, TODAY)).toBeNull();
  });

  it('gives a parent without authority the information ground', () => {
    const fatherAccount = { ...actors.family, id: uuid(304) };
    const fatherLinked = event('FamilyAccountLinked', { personId: ids.father, accountId: fatherAccount.id, linkedOn: '2026-11-20' });
    expect(familyReadGround(family(signalRegistered, fatherLinked), fatherAccount, TODAY)).toEqual({
      reader: 'family',
      personId: ids.father,
      right: 'information',
    });
  });
});
