import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import type { ApiClient } from '../api/client.ts';
import { ApiProvider } from '../api/context.tsx';
import { ClientsScreen } from '../screens/ClientsScreen.tsx';
import { createQueryClient } from './query-client.ts';

export function App({ client }: { client: ApiClient }) {
  const [queryClient] = useState(createQueryClient);
  return (
    <ApiProvider client={client}>
      <QueryClientProvider client={queryClient}>
        <div className="app">
          <header className="app-header">
            <span className="brand">Ask After</span>
          </header>
          <main className="app-main" id="main">
            <ClientsScreen />
          </main>
        </div>
      </QueryClientProvider>
    </ApiProvider>
  );
}
