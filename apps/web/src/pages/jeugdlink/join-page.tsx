import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../../auth/who';
import { StepFormView } from '../../forms/step-form';
import { STEP_FORMS } from '../../forms/step-forms';
import { openingFor, useStep } from '../../forms/use-step';
import { Loading } from './loading';
import { useWaitingRequests } from './requests';
import { RequestFacts } from './waiting-requests';

const JOIN = STEP_FORMS.JoinJeugdlink;

/**
 * `/jeugdlink/:caseId/aansluiten`: joining a case the team was asked to join. The team does not read the case before it
 * joins, so the form stands beside the request it answers, not on the case page.
 */
export function JoinPage() {
  const { t } = useTranslation();
  const { caseId = '' } = useParams();
  const me = useMe().data!;
  const requests = useWaitingRequests();
  const { send, pending } = useStep({ form: JOIN, caseId, confirmation: t('forms.done', { step: t('caseTerms.step.JoinJeugdlink') }) });
  return (
    <>
      <Heading1>{t('caseTerms.step.JoinJeugdlink')}</Heading1>
      <Paragraph>
        <Link to="/jeugdlink" className="utrecht-link">
          {t('jeugdlinkPage.backToRequests')}
        </Link>
      </Paragraph>
      <Loading query={requests}>
        {({ items }) => {
          const request = items.find((item) => item.caseId === caseId);
          if (!request) return <Paragraph>{t('jeugdlinkPage.requestGone')}</Paragraph>;
          return (
            <>
              <Heading2>{t('jeugdlinkPage.requestFrom', { team: request.team, municipality: request.municipality })}</Heading2>
              <RequestFacts request={request} />
              <StepFormView form={JOIN} opening={openingFor(me)} pending={pending} send={send} />
            </>
          );
        }}
      </Loading>
    </>
  );
}
