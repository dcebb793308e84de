import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { answered, api } from '../../api/client';
import { sessionKey } from '../case/case-reads';

/**
 * The family's reads, kept per session (the next person in the same tab never sees the one before) and per language:
 * the file comes worded in the language on screen.
 */
function useFamilyKey(...parts: readonly string[]) {
  const { i18n } = useTranslation();
  return ['my-file', ...parts, i18n.language, sessionKey()];
}

export function useMyFiles() {
  return useQuery({ queryKey: useFamilyKey('files'), queryFn: () => answered(api.GET('/my-file')) });
}

export function useMyFile(caseId: string) {
  const path = { params: { path: { caseId } } };
  return useQuery({ queryKey: useFamilyKey('file', caseId), queryFn: () => answered(api.GET('/my-file/{caseId}', path)) });
}

export function useWhoLooked(caseId: string) {
  const path = { params: { path: { caseId } } };
  return useQuery({ queryKey: useFamilyKey('access-log', caseId), queryFn: () => answered(api.GET('/my-file/{caseId}/access-log', path)) });
}
