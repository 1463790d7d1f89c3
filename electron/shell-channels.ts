import type { AppCaller } from '../db/handlers/caller.ts';
import type { ShellSettingsView } from '../src/contract/schemas/shell.ts';
import { fail, ok } from '../src/contract/result.ts';
import type { createOpenedFilesInbox } from './opened-files.ts';

/**
 * The channels only the desktop shell can answer: a file opened with the app, and settings
 * that change the shell (tray, shortcut, login item) as soon as they are saved.
 */
export function withShellChannels(call: AppCaller, inbox: ReturnType<typeof createOpenedFilesInbox>, applySettings: (view: ShellSettingsView) => void): AppCaller {
  return async (channel, input) => {
    if (channel === 'openedFiles:take') {
      const checked = await call(channel, input);
      if (!checked.ok) return checked;
      try {
        return ok({ file: inbox.take() });
      } catch (error) {
        return fail({ code: 'invalid_input', message: (error as Error).message });
      }
    }
    const result = await call(channel, input);
    if (channel === 'shellSettings:save' && result.ok) {
      applySettings(result.value as ShellSettingsView);
      return call('shellSettings:get', {});
    }
    return result;
  };
}
