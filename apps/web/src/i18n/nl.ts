/** The app's own words; a page's labels live here, refusals and step lines come worded from the API (libs/wording). */
export const nl = {
  app: {
    name: 'Casus',
    tagline: 'Kind- en gezinsbescherming',
    skipToContent: 'Naar de inhoud',
    signOut: 'Afmelden',
    language: 'English',
    signedInAs: 'Aangemeld als {{name}}, {{role}} ({{team}})',
    loading: 'Bezig met laden…',
    notFound: 'Deze pagina bestaat niet.',
    backHome: 'Naar mijn werk',
  },
  roles: {
    wijkteam: 'wijkteam',
    jeugdlink: 'Jeugdlink',
    'veilig-thuis': 'Veilig Thuis',
    gi: 'gecertificeerde instelling',
    provider: 'aanbieder',
    auditor: 'auditor',
    family: 'gezin',
  },
  signIn: {
    title: 'Aanmelden',
    devIntro: 'Dit is de demo-omgeving. Kies een persoon uit de regio om als die persoon te werken; iedereen is verzonnen.',
    nobody: 'Er zijn nog geen mensen in deze omgeving. Vul de demoregio met: npm run casus -- seed',
    as: 'Aanmelden als {{name}}',
    oidc: 'Aanmelden bij uw organisatie',
    failed: 'Aanmelden is niet gelukt: {{reason}}',
  },
  nav: {
    myWork: 'Mijn werk',
  },
  myWork: {
    title: 'Mijn werk',
    cases: 'Dossiers van {{team}}',
    none: 'Uw team heeft nog geen dossiers.',
  },
} as const;

type Worded<T> = { readonly [K in keyof T]: T[K] extends string ? string : Worded<T[K]> };

/** Every language has every word the Dutch has: a missing one fails to compile. */
export type Messages = Worded<typeof nl>;
