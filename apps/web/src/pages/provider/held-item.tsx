import {
  Alert,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading3,
  Paragraph,
  StatusBadge,
} from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ProblemError } from '../../api/problem';
import { useMe } from '../../auth/who';
import { StepFormView } from '../../forms/step-form';
import { openingFor } from '../../forms/use-step';
import type { Say } from '../placement/announcer';
import { useInlineStep } from '../placement/inline-step';
import { InlineForm } from '../placement/one-form';
import { usePlaceName } from '../placement/place-name';
import type { Place } from '../placement/placement-reads';
import { StepButton } from '../placement/step-button';
import { useBrief, type Held } from './provider-reads';
import { DECLINE_FORM } from '../placement/page-forms';

/** A reservation to answer (accept, or decline with a reason), or a placement living here; its brief when the API gives it. */
export function HeldItem({ held, place, say }: { held: Held; place: Place | undefined; say: Say }) {
  const { t } = useTranslation();
  const me = useMe().data!;
  const nameOf = usePlaceName();
  const path = { params: { path: { placementId: held.placementId } } };
  const decline = useInlineStep(
    (body) => api.POST('/placements/{placementId}/decline', { ...path, body: { reason: String(body.reason) } }),
    () => say(t('provider.declined')),
  );
  const standing = held.held === 'occupied' ? 'occupied' : held.accepted ? 'accepted' : 'toAnswer';
  const name = nameOf(held.optionId, place);
  return (
    <li className="casus-held">
      <Heading3>{t('provider.heldAt', { name })}</Heading3>
      <StatusBadge status={standing}>{t(`provider.standing.${standing}`)}</StatusBadge>
      <DataList className="casus-figures">
        <DataListItem>
          <DataListKey>{t('provider.figures.optionId')}</DataListKey>
          <DataListValue>{held.optionId}</DataListValue>
        </DataListItem>
        <DataListItem>
          <DataListKey>{t('provider.heldPlaces')}</DataListKey>
          <DataListValue>{held.places}</DataListValue>
        </DataListItem>
        {held.expiresAt && (
          <DataListItem>
            <DataListKey>{t('provider.until')}</DataListKey>
            <DataListValue>
              <time dateTime={held.expiresAt}>{new Date(held.expiresAt).toLocaleString(t('placement.locale'))}</time>
            </DataListValue>
          </DataListItem>
        )}
      </DataList>
      {standing === 'toAnswer' && (
        <>
          <StepButton
            label={t('provider.accept', { name })}
            done={t('provider.accepted')}
            post={() => api.POST('/placements/{placementId}/accept', path)}
            // The process's position, not a place's: the places' read model follows when the process releases or takes the place.
            say={(words) => say(words)}
          />
          <InlineForm formKey={`decline/${held.placementId}`} summary={t('provider.decline')} label={`${t('provider.decline')}: ${name}`}>
            <StepFormView form={DECLINE_FORM} opening={openingFor(me)} pending={decline.pending} send={decline.send} />
          </InlineForm>
        </>
      )}
      <BriefOf placementId={held.placementId} />
    </li>
  );
}

function BriefOf({ placementId }: { placementId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const brief = useBrief(placementId, open);
  return (
    <details className="casus-choose" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('provider.brief')}</summary>
      {brief.error ? (
        <Alert type="info">
          <Paragraph>{brief.error instanceof ProblemError ? brief.error.problem.text : t('placement.unreadable')}</Paragraph>
        </Alert>
      ) : !brief.data ? (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      ) : (
        <DataList>
          <DataListItem>
            <DataListKey>{t('provider.briefChildren')}</DataListKey>
            <DataListValue>{brief.data.children.map((child) => t('forms.child', child)).join(', ')}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('provider.briefNeeds')}</DataListKey>
            <DataListValue>{brief.data.needs.description}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('provider.briefStart')}</DataListKey>
            <DataListValue>{brief.data.startedOn ?? brief.data.intendedStartOn}</DataListValue>
          </DataListItem>
          {brief.data.contact && (
            <DataListItem>
              <DataListKey>{t('provider.briefContact')}</DataListKey>
              <DataListValue>{`${brief.data.contact.name} (${brief.data.contact.team})`}</DataListValue>
            </DataListItem>
          )}
        </DataList>
      )}
    </details>
  );
}
