import { addDays, dutchDateOf, type CaseCommand, type RequestPlacement } from '@casus/domain';
import type { EventStore } from '@casus/event-store';
import { randomUUID } from 'node:crypto';
import { actors } from '../../domain/src/case/testing/fixtures';
import { EventStoreCaseCommands } from '../src/runtime/case-commands';
import { EventStoreReservationLookup } from '../src/runtime/placement-queries';
import { acceptReservation } from '../src/runtime/proposal-answers';
import { loadProcess } from '../src/runtime/process-store';

export { actors };

type Send = (command: CaseCommand) => Promise<void>;

/**
 * A family's case up to a placement request under a machtiging uithuisplaatsing, for two siblings (together, unless
 * `request` says otherwise); `beforeRequest` takes the steps that come just before it.
 */
export async function caseWithPlacementRequest(
  store: EventStore,
  now = new Date(),
  placementId: string = randomUUID(),
  request: (children: readonly string[]) => Partial<RequestPlacement['data']> = () => ({}),
  beforeRequest: (send: Send, caseId: string) => Promise<void> = async () => undefined,
) {
  const cases = new EventStoreCaseCommands(store);
  const caseId = randomUUID();
  const children = [randomUUID(), randomUUID()];
  const today = dutchDateOf(now);
  const send = (command: CaseCommand) =>
    cases.send(command, { eventId: randomUUID(), context: { actor: command.actor, correlationId: randomUUID(), causationId: null }, now });
  await send({
    type: 'RegisterSignal',
    actor: actors.caseTeam,
    data: {
      caseId,
      source: 'veilig-thuis',
      concerns: ['domestic violence'],
      children: [
        { childId: children[0], birthDate: '2016-04-01' },
        { childId: children[1], birthDate: '2019-09-15' },
      ],
      description: 'Police report of violence at home.',
      urgency: 'regular',
      municipality: 'Ede',
    },
  });
  for (const [kind, childId] of [
    ['ots', children[0]],
    ['ots', children[1]],
    ['machtiging-uithuisplaatsing', children[0]],
    ['machtiging-uithuisplaatsing', children[1]],
  ] as const) {
    await send({
      type: 'RecordCourtOrder',
      actor: actors.caseTeam,
      data: {
        caseId,
        courtOrderId: randomUUID(),
        kind,
        childId,
        issuedOn: today,
        validFrom: today,
        validUntil: addDays(today, 180),
        court: 'Rechtbank Gelderland',
        caseNumber: 'C/05/123456',
        giOrganisation: actors.gi.organisation,
      },
    });
  }
  await beforeRequest(send, caseId);
  await send({
    type: 'RequestPlacement',
    actor: actors.gi,
    data: {
      caseId,
      placementId,
      childIds: children,
      legalBasis: 'court-order',
      needs: { careIntensity: 'medium', specialisations: [], description: 'Two siblings who need a calm home together.' },
      urgency: 'regular',
      intendedStartOn: today,
      ...request(children),
    },
  });
  return { caseId, placementId, children, send };
}

/**
 * A reservation ready for the decision: its provider (as its organisation) accepts the place held for
 * `placementId` and each child is heard on it (the story records no parents); the reservation DecidePlacement is handed.
 */
export async function readyToDecide(store: EventStore, placementId: string, now = new Date()) {
  const lookup = new EventStoreReservationLookup(store);
  const held = await lookup.reservationFor(placementId);
  if (!held) throw new Error(`no place is reserved for ${placementId}`);
  const provider = { ...actors.provider, organisation: held.provider };
  await acceptReservation(store, { placementId, actor: provider, correlationId: randomUUID(), now });
  const { caseId, childIds } = (await loadProcess(store, placementId)).state;
  const cases = new EventStoreCaseCommands(store);
  for (const childId of childIds) {
    const view = { participant: 'child', childId, heard: true, statement: 'I want to stay with my brother' } as const;
    const command = {
      type: 'RecordPlacementView',
      actor: actors.gi,
      data: { caseId: caseId!, placementId, reservation: held, view, heardOn: dutchDateOf(now) },
    } as const;
    await cases.send(command, {
      eventId: randomUUID(),
      context: { actor: command.actor, correlationId: randomUUID(), causationId: null },
      now,
    });
  }
  return lookup.reservationFor(placementId);
}
