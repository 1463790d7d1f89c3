import { z } from 'zod';
import { ReminderSettings } from '../../reminders/settings.ts';

/** Modifiers and keys Electron's accelerators accept; at least one modifier, one key. */
const MODIFIER = '(CommandOrControl|CmdOrCtrl|Command|Cmd|Control|Ctrl|Alt|Option|AltGr|Shift|Super|Meta)';
const KEY = '([A-Z0-9]|F([1-9]|1[0-9]|2[0-4])|Space|Tab|Enter|Backspace|Delete|Insert|Home|End|PageUp|PageDown|Up|Down|Left|Right|Plus|[,./;\'\\[\\]`=-])';
const ACCELERATOR = new RegExp(`^(${MODIFIER}\\+)+${KEY}$`, 'i');

export const DEFAULT_QUICK_CAPTURE_SHORTCUT = 'CommandOrControl+Shift+Space';

/** The desktop shell's own settings: reminders, the tray, start at login, quick capture. */
export const ShellSettings = z
  .object({
    reminders: ReminderSettings.default(ReminderSettings.parse({})),
    /** Keep running in the tray when the window is closed; null: the platform's default. */
    keepRunningInTray: z.boolean().nullable().default(null),
    startAtLogin: z.boolean().default(false),
    quickCaptureEnabled: z.boolean().default(true),
    quickCaptureShortcut: z
      .string()
      .trim()
      .regex(ACCELERATOR, { error: 'Write the shortcut as modifiers and a key joined by +, for example CommandOrControl+Shift+Space.' })
      .default(DEFAULT_QUICK_CAPTURE_SHORTCUT),
  })
  .strict();
export type ShellSettings = z.output<typeof ShellSettings>;

export const ShellSettingsGet = z.object({}).strict().default({});

/** Linux and Windows users expect a tray app to keep running; on macOS the Dock does that. */
export const keepsRunningByDefault = (platform: string): boolean => platform !== 'darwin';

export interface ShellSettingsView {
  settings: ShellSettings;
  /** keepRunningInTray with the platform's default filled in. */
  keepRunningInTray: boolean;
  /** Why the quick-capture shortcut is not working, when it is not (e.g. another app holds it). */
  shortcutProblem: string | null;
}

export const OpenedFileTake = z.object({}).strict().default({});

/** A .vcf or .ics file the user opened with Ask After (double-click, "Open with", drag onto the icon). */
export interface OpenedFile {
  fileName: string;
  base64: string;
}
