import { useQuery } from '@tanstack/react-query';
import { answered, api } from '../api/client';
import type { OidcConfig } from './oidc';

/** How this Casus signs people in: its demo people (embedded default) or the organisation's OpenID provider. */
export function useAuthConfig() {
  return useQuery({
    queryKey: ['auth-config'],
    staleTime: Infinity,
    queryFn: async () => {
      const config = await answered(api.GET('/auth/config'));
      if (config.kind === 'dev') return { kind: 'dev' } as const;
      return {
        kind: 'oidc',
        oidc: { issuer: config.issuer!, clientId: config.clientId!, scope: config.scope ?? 'openid' } as OidcConfig,
      } as const;
    },
  });
}
