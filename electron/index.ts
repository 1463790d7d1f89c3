import { app, dialog } from 'electron';
import { startApp } from './main.ts';

startApp().catch((error: unknown) => {
  dialog.showErrorBox('Ask After could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
});
