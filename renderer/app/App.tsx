import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { createHashRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { ApiClient } from '../api/client.ts';
import { ApiProvider } from '../api/context.tsx';
import { LockGate } from '../lock/LockGate.tsx';
import { SettingsProvider } from '../settings/SettingsContext.tsx';
import { createQueryClient } from './query-client.ts';
import { prefetcher } from './prefetch.ts';
import { appRoutes } from './routes.tsx';

export function App({ client }: { client: ApiClient }) {
  const [queryClient] = useState(createQueryClient);
  // A hash router: Electron loads the page from file://, where paths cannot be served.
  const [router] = useState(() => createHashRouter(appRoutes(prefetcher(queryClient, client))));
  return (
    <ApiProvider client={client}>
      <LockGate client={client}>
        <QueryClientProvider client={queryClient}>
          <SettingsProvider>
            <RouterProvider router={router} />
          </SettingsProvider>
        </QueryClientProvider>
      </LockGate>
    </ApiProvider>
  );
}
