import { lazy, type ReactElement } from 'react';
import type { Role } from './auth/who';
import type { MessageKey } from './i18n/keys';

/** A page of the app: where it lives, who it is for, and its name in the navigation (none: reached by a link). */
export type AppPage = Readonly<{ path: string; element: ReactElement; roles: readonly Role[]; nav?: MessageKey }>;

// Each page is its own chunk, fetched when first opened: the first page of a role loads only what it shows.
const MyWorkPage = lazy(() => import('./pages/my-work').then((module) => ({ default: module.MyWorkPage })));
const SignalPage = lazy(() => import('./pages/signal/signal-page').then((module) => ({ default: module.SignalPage })));
const StepPage = lazy(() => import('./forms/step-page').then((module) => ({ default: module.StepPage })));

/** Every signed-in page; the first one in the navigation of a role is where that role lands. */
export const PAGES: readonly AppPage[] = [
  { path: '/werk', element: <MyWorkPage />, roles: ['wijkteam', 'veilig-thuis'], nav: 'nav.myWork' },
  { path: '/melding', element: <SignalPage />, roles: ['wijkteam', 'veilig-thuis'], nav: 'nav.registerSignal' },
  { path: '/dossiers/:caseId/stap/:step', element: <StepPage />, roles: ['wijkteam', 'veilig-thuis', 'jeugdlink', 'gi'] },
];

export function homeOf(role: Role): string {
  return PAGES.find((page) => page.nav && page.roles.includes(role))?.path ?? '/niet-gevonden';
}
