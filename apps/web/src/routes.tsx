import { createElement, lazy, type ComponentType, type ReactElement } from 'react';
import { matchPath } from 'react-router';
import type { Role } from './auth/who';
import type { MessageKey } from './i18n/keys';

/** A page of the app: where it lives, who it is for, and its name in the navigation (none: reached by a link). */
export type AppPage = Readonly<{
  path: string;
  element: ReactElement;
  roles: readonly Role[];
  nav?: MessageKey;
  /** Fetches the page's chunk; opened by a link from elsewhere, the page need not wait for the session's check first. */
  preload: () => Promise<unknown>;
}>;

/**
 * A page as its own chunk, fetched once: beside the session's first request when the app opens on it (preloadPageAt),
 * or when first shown. Once the chunk is in, the page renders at once: through lazy() alone it would suspend once
 * more, and React then holds the fallback it revealed for 300 ms before it shows the page.
 */
function lazyPage(load: () => Promise<ComponentType>): Pick<AppPage, 'element' | 'preload'> {
  let loading: Promise<ComponentType> | undefined;
  let loaded: ComponentType | undefined;
  const preload = () =>
    (loading ??= load().then((component) => {
      loaded = component;
      return component;
    }));
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  const Page = () => (loaded ? createElement(loaded) : <Lazy />);
  return { element: <Page />, preload };
}

/** Every signed-in page; the first one in the navigation of a role is where that role lands. */
export const PAGES: readonly AppPage[] = [
  {
    path: '/werk',
    ...lazyPage(() => import('./pages/my-work').then((module) => module.MyWorkPage)),
    roles: ['wijkteam', 'veilig-thuis'],
    nav: 'nav.myWork',
  },
  {
    path: '/dossiers/:caseId',
    ...lazyPage(() => import('./pages/case/case-page').then((module) => module.CasePage)),
    roles: ['wijkteam', 'veilig-thuis', 'jeugdlink', 'gi', 'provider', 'auditor'],
  },
  {
    path: '/melding',
    ...lazyPage(() => import('./pages/signal/signal-page').then((module) => module.SignalPage)),
    roles: ['wijkteam', 'veilig-thuis'],
    nav: 'nav.registerSignal',
  },
  {
    path: '/dossiers/:caseId/stap/:step',
    ...lazyPage(() => import('./forms/step-page').then((module) => module.StepPage)),
    roles: ['wijkteam', 'veilig-thuis', 'jeugdlink', 'gi'],
  },
  {
    path: '/audit',
    ...lazyPage(() => import('./pages/audit/audit-cases-page').then((module) => module.AuditCasesPage)),
    roles: ['auditor'],
    nav: 'audit.nav.cases',
  },
  {
    path: '/audit/dossiers/:caseId',
    ...lazyPage(() => import('./pages/audit/case-audit-page').then((module) => module.CaseAuditPage)),
    roles: ['auditor'],
  },
  {
    path: '/audit/toegang',
    ...lazyPage(() => import('./pages/audit/access-log-page').then((module) => module.AccessLogPage)),
    roles: ['auditor'],
    nav: 'audit.nav.accessLog',
  },
  {
    path: '/jeugdlink',
    ...lazyPage(() => import('./pages/jeugdlink/jeugdlink-page').then((module) => module.JeugdlinkPage)),
    roles: ['jeugdlink'],
    nav: 'jeugdlinkPage.nav',
  },
  {
    path: '/jeugdlink/:caseId/aansluiten',
    ...lazyPage(() => import('./pages/jeugdlink/join-page').then((module) => module.JoinPage)),
    roles: ['jeugdlink'],
  },
  { path: '/gi', ...lazyPage(() => import('./pages/gi/gi-page').then((module) => module.GiPage)), roles: ['gi'], nav: 'giPage.nav' },
  {
    path: '/dossiers/:caseId/plaatsing',
    ...lazyPage(() => import('./pages/placement/placement-page').then((module) => module.PlacementPage)),
    roles: ['wijkteam', 'veilig-thuis', 'jeugdlink', 'gi', 'auditor'],
  },
  {
    path: '/dossiers/:caseId/thuisplaatsing',
    ...lazyPage(() => import('./pages/return-home/return-home-page').then((module) => module.ReturnHomePage)),
    roles: ['wijkteam', 'veilig-thuis', 'jeugdlink', 'gi', 'auditor'],
  },
  {
    path: '/aanbieder',
    ...lazyPage(() => import('./pages/provider/provider-page').then((module) => module.ProviderPage)),
    roles: ['provider'],
    nav: 'nav.places',
  },
];

export function homeOf(role: Role): string {
  return PAGES.find((page) => page.nav && page.roles.includes(role))?.path ?? '/niet-gevonden';
}

/** Starts fetching the chunk of the page at `pathname`, beside the session's own first request, not after it. */
export function preloadPageAt(pathname: string): Promise<unknown> {
  return PAGES.find((page) => matchPath(page.path, pathname))?.preload() ?? Promise.resolve();
}
