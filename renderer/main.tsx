import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/client.ts';
import { App } from './app/App.tsx';
import '@fontsource-variable/inter';
import './styles/base.css';
import './styles/aria.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={api()} />
  </StrictMode>,
);
