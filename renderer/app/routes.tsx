import type { RouteObject } from 'react-router';
import { firstReads, idParam, type Prefetch } from './prefetch.ts';
import { NotFound, RouteError } from './RouteError.tsx';
import { Shell } from './Shell.tsx';

/**
 * Every screen is its own chunk, loaded when first visited, so the first paint only carries
 * the shell. The router waits for a chunk before switching, so the old screen stays put.
 * A list screen's loader starts reading its first page at the same time (and returns at once,
 * so nothing waits for it): the data and the code arrive together.
 */
const reading = (start: () => void) => () => {
  start();
  return null;
};

/** As `reading`, for a page of one record: its id comes from the address. */
const readingRecord =
  (param: string, start: (id: number) => void) =>
  ({ params }: { params: Record<string, string | undefined> }) => {
    const id = idParam(params[param]);
    if (id !== null) start(id);
    return null;
  };

export const appRoutes = (prefetch: Prefetch): RouteObject[] => [
  // The desktop's quick-capture window: no sidebar, just the note.
  { path: '/capture', ErrorBoundary: RouteError, lazy: async () => ({ Component: (await import('../screens/capture/CaptureScreen.tsx')).CaptureScreen }) },
  {
    path: '/',
    Component: Shell,
    ErrorBoundary: RouteError,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../screens/home/HomeRoute.tsx')).HomeRoute }) },
      { path: 'agenda', lazy: async () => ({ Component: (await import('../screens/agenda/AgendaScreen.tsx')).AgendaScreen }) },
      {
        path: 'clients',
        loader: ({ request }) => {
          // A link from the tags screen opens the list filtered (`?tag=3`): read that list.
          firstReads.clients(prefetch, idParam(new URL(request.url).searchParams.get('tag') ?? undefined));
          return null;
        },
        lazy: async () => ({ Component: (await import('../screens/ClientsScreen.tsx')).ClientsScreen }),
      },
      { path: 'clients/:clientId', loader: readingRecord('clientId', (id) => firstReads.client(prefetch, id)), lazy: async () => ({ Component: (await import('../screens/client/ClientScreen.tsx')).ClientScreen }) },
      { path: 'people', loader: reading(() => firstReads.people(prefetch)), lazy: async () => ({ Component: (await import('../screens/people/PeopleScreen.tsx')).PeopleScreen }) },
      { path: 'people/:personId', loader: readingRecord('personId', (id) => firstReads.person(prefetch, id)), lazy: async () => ({ Component: (await import('../screens/person/PersonScreen.tsx')).PersonScreen }) },
      { path: 'tags', lazy: async () => ({ Component: (await import('../screens/tags/TagsScreen.tsx')).TagsScreen }) },
      { path: 'events/new', lazy: async () => ({ Component: (await import('../screens/life-events/LifeEventEditorScreen.tsx')).LifeEventEditorScreen }) },
      { path: 'events/:eventId', lazy: async () => ({ Component: (await import('../screens/life-events/LifeEventEditorScreen.tsx')).LifeEventEditorScreen }) },
      { path: 'visits/new', lazy: async () => ({ Component: (await import('../screens/visits/PlanVisitScreen.tsx')).PlanVisitScreen }) },
      { path: 'visits/:visitId/edit', lazy: async () => ({ Component: (await import('../screens/visits/PlanVisitScreen.tsx')).PlanVisitScreen }) },
      { path: 'visits/:visitId/log', lazy: async () => ({ Component: (await import('../screens/visits/VisitLogScreen.tsx')).VisitLogScreen }) },
      { path: 'visits/:visitId/briefing', lazy: async () => ({ Component: (await import('../screens/briefing/BriefingScreen.tsx')).BriefingScreen }) },
      { path: 'follow-ups', loader: reading(() => firstReads.followUps(prefetch)), lazy: async () => ({ Component: (await import('../screens/work/FollowUpsScreen.tsx')).FollowUpsScreen }) },
      { path: 'incidents', loader: reading(() => firstReads.incidents(prefetch)), lazy: async () => ({ Component: (await import('../screens/work/IncidentsScreen.tsx')).IncidentsScreen }) },
      { path: 'know-how', loader: reading(() => firstReads.knowHow(prefetch)), lazy: async () => ({ Component: (await import('../screens/work/KnowHowScreen.tsx')).KnowHowScreen }) },
      { path: 'duplicates', lazy: async () => ({ Component: (await import('../screens/merge/DuplicatesScreen.tsx')).DuplicatesScreen }) },
      { path: 'trash', lazy: async () => ({ Component: (await import('../screens/trash/TrashScreen.tsx')).TrashScreen }) },
      { path: 'data', lazy: async () => ({ Component: (await import('../screens/data/DataScreen.tsx')).DataScreen }) },
      { path: 'settings', lazy: async () => ({ Component: (await import('../screens/settings/SettingsScreen.tsx')).SettingsScreen }) },
      { path: '*', Component: NotFound },
    ],
  },
];
