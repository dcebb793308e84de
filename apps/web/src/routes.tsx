import { lazy, type ReactElement } from 'react';
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
  preload?: () => Promise<unknown>;
}>;

// Each page is its own chunk, fetched when first opened: the first page of a role loads only what it shows.
const MyWorkPage = lazy(() => import('./pages/my-work').then((module) => ({ default: module.MyWorkPage })));
const loadCasePage = () => import('./pages/case/case-page');
const CasePage = lazy(() => loadCasePage().then((module) => ({ default: module.CasePage })));
const SignalPage = lazy(() => import('./pages/signal/signal-page').then((module) => ({ default: module.SignalPage })));
const JeugdlinkPage = lazy(() => import('./pages/jeugdlink/jeugdlink-page').then((module) => ({ default: module.JeugdlinkPage })));
const JoinPage = lazy(() => import('./pages/jeugdlink/join-page').then((module) => ({ default: module.JoinPage })));
const GiPage = lazy(() => import('./pages/gi/gi-page').then((module) => ({ default: module.GiPage })));
const StepPage = lazy(() => import('./forms/step-page').then((module) => ({ default: module.StepPage })));
const AuditCasesPage = lazy(() => import('./pages/audit/audit-cases-page').then((module) => ({ default: module.AuditCasesPage })));
const loadCaseAuditPage = () => import('./pages/audit/case-audit-page');
const CaseAuditPage = lazy(() => loadCaseAuditPage().then((module) => ({ default: module.CaseAuditPage })));
const AccessLogPage = lazy(() => import('./pages/audit/access-log-page').then((module) => ({ default: module.AccessLogPage })));
const PlacementPage = lazy(() => import('./pages/placement/placement-page').then((module) => ({ default: module.PlacementPage })));
const ReturnHomePage = lazy(() => import('./pages/return-home/return-home-page').then((module) => ({ default: module.ReturnHomePage })));
const ProviderPage = lazy(() => import('./pages/provider/provider-page').then((module) => ({ default: module.ProviderPage })));
const MyFilesPage = lazy(() => import('./pages/my-file/my-files-page').then((module) => ({ default: module.MyFilesPage })));
const MyFilePage = lazy(() => import('./pages/my-file/my-file-page').then((module) => ({ default: module.MyFilePage })));
const FileCopyPage = lazy(() => import('./pages/my-file/file-copy-page').then((module) => ({ default: module.FileCopyPage })));
const WhoLookedPage = lazy(() => import('./pages/my-file/who-looked-page').then((module) => ({ default: module.WhoLookedPage })));
const RequestPage = lazy(() => import('./pages/my-file/request-page').then((module) => ({ default: module.RequestPage })));

/** Every signed-in page; the first one in the navigation of a role is where that role lands. */
export const PAGES: readonly AppPage[] = [
  { path: '/werk', element: <MyWorkPage />, roles: ['wijkteam', 'veilig-thuis'], nav: 'nav.myWork' },
  {
    path: '/dossiers/:caseId',
    element: <CasePage />,
    roles: ['wijkteam', 'veilig-thuis', 'jeugdlink', 'gi', 'provider', 'auditor'],
    preload: loadCasePage,
  },
  { path: '/melding', element: <SignalPage />, roles: ['wijkteam', 'veilig-thuis'], nav: 'nav.registerSignal' },
  { path: '/dossiers/:caseId/stap/:step', element: <StepPage />, roles: ['wijkteam', 'veilig-thuis', 'jeugdlink', 'gi'] },
  { path: '/audit', element: <AuditCasesPage />, roles: ['auditor'], nav: 'audit.nav.cases' },
  { path: '/audit/dossiers/:caseId', element: <CaseAuditPage />, roles: ['auditor'], preload: loadCaseAuditPage },
  { path: '/audit/toegang', element: <AccessLogPage />, roles: ['auditor'], nav: 'audit.nav.accessLog' },
  { path: '/jeugdlink', element: <JeugdlinkPage />, roles: ['jeugdlink'], nav: 'jeugdlinkPage.nav' },
  { path: '/jeugdlink/:caseId/aansluiten', element: <JoinPage />, roles: ['jeugdlink'] },
  { path: '/gi', element: <GiPage />, roles: ['gi'], nav: 'giPage.nav' },
  { path: '/dossiers/:caseId/plaatsing', element: <PlacementPage />, roles: ['wijkteam', 'veilig-thuis', 'jeugdlink', 'gi', 'auditor'] },
  {
    path: '/dossiers/:caseId/thuisplaatsing',
    element: <ReturnHomePage />,
    roles: ['wijkteam', 'veilig-thuis', 'jeugdlink', 'gi', 'auditor'],
  },
  { path: '/aanbieder', element: <ProviderPage />, roles: ['provider'], nav: 'nav.places' },
  { path: '/mijn-dossier', element: <MyFilesPage />, roles: ['family'], nav: 'myFile.nav' },
  { path: '/mijn-dossier/:caseId', element: <MyFilePage />, roles: ['family'] },
  { path: '/mijn-dossier/:caseId/kopie', element: <FileCopyPage />, roles: ['family'] },
  { path: '/mijn-dossier/:caseId/wie-keek', element: <WhoLookedPage />, roles: ['family'] },
  // A request's form by its Dutch name (verklaring, correctie, vernietiging, klacht); the two pages above come first.
  { path: '/mijn-dossier/:caseId/:request', element: <RequestPage />, roles: ['family'] },
];

export function homeOf(role: Role): string {
  return PAGES.find((page) => page.nav && page.roles.includes(role))?.path ?? '/niet-gevonden';
}

/** Starts fetching the chunk of the page at `pathname` beside the session's own first request, not after it. */
export function preloadPageAt(pathname: string): void {
  void PAGES.find((page) => matchPath(page.path, pathname))?.preload?.();
}
