import { render } from '@testing-library/react';
import type { ApiClient } from '../../../renderer/api/client.ts';
import { App } from '../../../renderer/app/App.tsx';

/** Renders the whole app at a hash route, with British English settings on London time. */
export function renderAppAt(hash: string, api: ApiClient) {
  localStorage.setItem('askafter:settings', JSON.stringify({ locale: 'en-GB', dateFormat: 'medium', weekStart: 'mon', timeZone: 'Europe/London' }));
  window.location.hash = hash;
  return render(<App client={api} />);
}
