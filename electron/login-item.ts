import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Started at login, the app opens hidden in the tray. */
export const HIDDEN_ARG = '--hidden';

export interface LoginItemApp {
  setLoginItemSettings(settings: { openAtLogin: boolean; openAsHidden?: boolean; args?: string[] }): void;
}

/** The XDG autostart entry Linux desktops read (setLoginItemSettings does nothing there). */
export function autostartEntry(executable: string): string {
  const quoted = /[\s"]/.test(executable) ? `"${executable.replace(/(["\\$`])/g, '\\$1')}"` : executable;
  return ['[Desktop Entry]', 'Type=Application', 'Name=Ask After', `Exec=${quoted} ${HIDDEN_ARG}`, 'X-GNOME-Autostart-enabled=true', 'NoDisplay=false', ''].join('\n');
}

/**
 * Turns start at login on or off. Skipped when not packaged: a development build would
 * register the bare Electron binary.
 */
export function applyLoginItem(options: { enabled: boolean; platform: NodeJS.Platform; packaged: boolean; app: LoginItemApp; executable: string; configHome: string }): 'applied' | 'skipped' {
  if (!options.packaged) return 'skipped';
  if (options.platform === 'linux') {
    const dir = join(options.configHome, 'autostart');
    const file = join(dir, 'askafter.desktop');
    if (options.enabled) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, autostartEntry(options.executable));
    } else rmSync(file, { force: true });
    return 'applied';
  }
  options.app.setLoginItemSettings({ openAtLogin: options.enabled, openAsHidden: true, args: [HIDDEN_ARG] });
  return 'applied';
}
