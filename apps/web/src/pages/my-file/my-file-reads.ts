import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answered, api } from '../../api/client';
import { sessionKey } from '../case/case-reads';
import type { MyFile, MyFiles, WhoLooked } from './my-file-answers';

// Until the document carries the family's paths the client cannot type them: the answers are the contract's (my-file-answers.ts).
type Get = (path: string, init: object) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
const get = <T>(path: string) => answered((api.GET as unknown as Get)(path, {})) as Promise<T>;

/**
 * The family's reads, kept per session (the next person in the same tab never sees the one before) and per language:
 * the file comes worded in the language on screen.
 */
function useFamilyRead<T>(key: string, path: string) {
  const { i18n } = useTranslation();
  return useQuery({ queryKey: ['my-file', key, path, i18n.language, sessionKey()], queryFn: () => get<T>(path) });
}

export const useMyFiles = () => useFamilyRead<MyFiles>('files', '/my-file');
export const useMyFile = (caseId: string) => useFamilyRead<MyFile>('file', `/my-file/${encodeURIComponent(caseId)}`);
export const useWhoLooked = (caseId: string) => useFamilyRead<WhoLooked>('access-log', `/my-file/${encodeURIComponent(caseId)}/access-log`);
