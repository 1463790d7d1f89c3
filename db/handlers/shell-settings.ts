import { keepsRunningByDefault, ShellSettings, type ShellSettingsView } from '../../src/contract/schemas/shell.ts';
import type { Db } from '../connection.ts';
import type { Clock } from '../clock.ts';
import { settingsRepository } from '../repositories/settings.ts';
import type { DomainHandlers, HandlerContext } from './context.ts';

export const SHELL_SETTINGS_KEY = 'shell';
/** Written by the desktop shell when it could not bind the quick-capture shortcut. */
export const SHORTCUT_PROBLEM_KEY = 'shell.shortcutProblem';

/** The stored shell settings over the defaults; a stored value that no longer parses falls back. */
export function readShellSettings(db: Db, clock: Clock): ShellSettings {
  const parsed = ShellSettings.safeParse(settingsRepository(db, clock).get(SHELL_SETTINGS_KEY) ?? {});
  return parsed.success ? parsed.data : ShellSettings.parse({});
}

export function shellSettingsHandlers({ store, clock }: HandlerContext, platform: string = process.platform): DomainHandlers<'shellSettings'> & DomainHandlers<'openedFiles'> {
  const settings = settingsRepository(store.db, clock);
  const view = (): ShellSettingsView => {
    const current = readShellSettings(store.db, clock);
    return {
      settings: current,
      keepRunningInTray: current.keepRunningInTray ?? keepsRunningByDefault(platform),
      shortcutProblem: current.quickCaptureEnabled ? (settings.get<string | null>(SHORTCUT_PROBLEM_KEY) ?? null) : null,
    };
  };
  return {
    'shellSettings:get': () => view(),
    // Only the desktop shell receives opened files; it answers this channel itself (electron/opened-files.ts).
    'openedFiles:take': () => ({ file: null }),
    'shellSettings:save': (input) => {
      settings.set(SHELL_SETTINGS_KEY, input);
      return view();
    },
  };
}
