import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../../auth/who';
import { Loading } from '../jeugdlink/loading';
import { useMyFiles } from './my-file-reads';

/** "Mijn dossier": the files a family member's account is linked to, each with what they are in it and may see of it. */
export function MyFilesPage() {
  const { t } = useTranslation();
  const me = useMe().data!;
  const files = useMyFiles();
  return (
    <>
      <Heading1>{t('myFile.files.title')}</Heading1>
      <Paragraph>{t('myFile.files.intro')}</Paragraph>
      <Loading query={files}>
        {({ files: linked }) =>
          linked.length === 0 ? (
            <Paragraph>{t('myFile.files.none')}</Paragraph>
          ) : (
            <ul className="casus-cards">
              {linked.map((file) => (
                <li key={file.caseId} className="casus-card">
                  <Heading2>
                    <Link className="utrecht-link" to={`/mijn-dossier/${file.caseId}`}>
                      {t('myFile.files.file', { municipality: file.municipality })}
                    </Link>
                  </Heading2>
                  <Paragraph>{t('myFile.files.as', { as: t(`myFile.as.${file.as}`) })}</Paragraph>
                  <Paragraph>{t(`myFile.right.${file.right}`)}</Paragraph>
                </li>
              ))}
            </ul>
          )
        }
      </Loading>
      {/* The case team links an account to its person by this number (LinkFamilyAccount): the family hands it over. */}
      <Paragraph>{t('myFile.files.account', { id: me.id })}</Paragraph>
    </>
  );
}
