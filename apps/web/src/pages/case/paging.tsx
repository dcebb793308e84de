import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Previous and next page of a long list, as links (?pagina=), with where the reader is. */
export function Paging({ page, pages }: { page: number; pages: number }) {
  const { t } = useTranslation();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t('myWork.paging')} className="casus-paging">
      {page > 1 && (
        <Link className="utrecht-link" to={`?pagina=${page - 1}`}>
          {t('myWork.previous')}
        </Link>
      )}
      <Paragraph>{t('myWork.page', { page, pages })}</Paragraph>
      {page < pages && (
        <Link className="utrecht-link" to={`?pagina=${page + 1}`}>
          {t('myWork.following')}
        </Link>
      )}
    </nav>
  );
}
