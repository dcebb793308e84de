import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { answered, api } from '../api/client';
import { useMe } from '../auth/who';
import { CaseList } from './case/case-list';
import { sessionKey } from './case/case-reads';
import { Paging } from './case/paging';
import { failure } from './case/section';
import { TeamWorkload } from './case/team-workload';

const PAGE_SIZE = 20;

/** "Mijn werk": the team's open cases, the most pressing first (the API orders them across pages), and its workload. */
export function MyWorkPage() {
  const { t } = useTranslation();
  const me = useMe().data!;
  const [search] = useSearchParams();
  const session = sessionKey();
  const page = Math.max(1, Number(search.get('pagina')) || 1);
  const cases = useQuery({
    queryKey: ['my-work', page, session],
    queryFn: () => answered(api.GET('/cases', { params: { query: { status: 'open', order: 'due', page, pageSize: PAGE_SIZE } } })),
  });
  const workload = useQuery({ queryKey: ['workload', session], queryFn: () => answered(api.GET('/workload')) });
  const steps = useQuery({ queryKey: ['steps', session], queryFn: () => answered(api.GET('/steps')) });
  const mayRegister = steps.data?.steps.some((step) => step.type === 'RegisterSignal' && step.open) ?? false;
  return (
    <>
      <Heading1>{t('myWork.title')}</Heading1>
      <Paragraph>{t('myWork.cases', { team: me.team })}</Paragraph>
      {mayRegister && (
        <Paragraph>
          <Link className="utrecht-link" to="/melding">
            {t('myWork.register')}
          </Link>
        </Paragraph>
      )}
      <section aria-labelledby="werkvoorraad" className="casus-section">
        <Heading2 id="werkvoorraad">{t('myWork.workload')}</Heading2>
        <TeamWorkload team={me.team} workload={workload.data?.teams} />
      </section>
      {cases.data ? (
        cases.data.total === 0 ? (
          <Paragraph>{t('myWork.none')}</Paragraph>
        ) : (
          <>
            <CaseList cases={cases.data.items} />
            <Paging page={page} pages={Math.ceil(cases.data.total / PAGE_SIZE)} />
          </>
        )
      ) : cases.error ? (
        <Paragraph role="alert">{failure(t, cases.error)}</Paragraph>
      ) : (
        <Paragraph role="status">{t('app.loading')}</Paragraph>
      )}
    </>
  );
}
