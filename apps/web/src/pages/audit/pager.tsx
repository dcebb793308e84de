import { Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Earlier and later pages of a list; with no total (a cursor), `pages` is unknown and "later" follows `hasNext`. */
export function Pager({
  label,
  page,
  pages,
  hasNext = page < (pages ?? 0),
  onPage,
}: {
  label: string;
  page: number;
  pages?: number;
  hasNext?: boolean;
  onPage: (page: number) => void;
}) {
  const { t } = useTranslation();
  if (page === 1 && !hasNext) return null;
  return (
    <nav aria-label={label} className="casus-pager">
      <SecondaryActionButton disabled={page === 1} onClick={() => onPage(page - 1)}>
        {t('audit.pager.previous')}
      </SecondaryActionButton>
      <Paragraph>{pages ? t('audit.pager.pageOf', { page, pages }) : t('audit.pager.page', { page })}</Paragraph>
      <SecondaryActionButton disabled={!hasNext} onClick={() => onPage(page + 1)}>
        {t('audit.pager.next')}
      </SecondaryActionButton>
    </nav>
  );
}
