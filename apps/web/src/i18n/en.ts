import type { Messages } from './nl';

export const en: Messages = {
  app: {
    name: 'Casus',
    tagline: 'Child and family protection',
    skipToContent: 'Skip to content',
    signOut: 'Sign out',
    language: 'Nederlands',
    signedInAs: 'Signed in as {{name}}, {{role}} ({{team}})',
    loading: 'Loading…',
    notFound: 'This page does not exist.',
    backHome: 'To my work',
  },
  roles: {
    wijkteam: 'wijkteam',
    jeugdlink: 'Jeugdlink',
    'veilig-thuis': 'Veilig Thuis',
    gi: 'certified institution (GI)',
    provider: 'provider',
    auditor: 'auditor',
    family: 'family',
  },
  signIn: {
    title: 'Sign in',
    devIntro: 'This is the demo environment. Pick a person of the region to work as; everyone is made up.',
    nobody: 'There is nobody in this environment yet. Fill the demo region with: npm run casus -- seed',
    as: 'Sign in as {{name}}',
    oidc: 'Sign in at your organisation',
    failed: 'Signing in failed: {{reason}}',
  },
  nav: {
    myWork: 'My work',
  },
  myWork: {
    title: 'My work',
    cases: 'Cases of {{team}}',
    none: 'Your team has no cases yet.',
  },
};
