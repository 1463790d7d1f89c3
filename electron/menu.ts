import { Menu, type MenuItemConstructorOptions } from 'electron';

/** What the app's own menu items do; main wires them to the window and the data. */
export interface MenuActions {
  backUpNow(): void;
  importFile(): void;
  exportData(): void;
  printBriefing(): void;
  saveBriefingPdf(): void;
  quickNote(): void;
  showShortcuts(): void;
  settings(): void;
  about(): void;
}

export function menuTemplate(platform: NodeJS.Platform, actions: MenuActions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Quick note…', accelerator: 'CommandOrControl+Shift+N', click: () => actions.quickNote() },
      { type: 'separator' },
      { label: 'Import…', accelerator: 'CommandOrControl+I', click: () => actions.importFile() },
      { label: 'Export…', accelerator: 'CommandOrControl+Shift+E', click: () => actions.exportData() },
      { label: 'Back up now', click: () => actions.backUpNow() },
      { type: 'separator' },
      { label: 'Print briefing…', accelerator: 'CommandOrControl+P', click: () => actions.printBriefing() },
      { label: 'Save briefing as PDF…', accelerator: 'CommandOrControl+Shift+S', click: () => actions.saveBriefingPdf() },
      ...(mac ? [] : [{ type: 'separator' as const }, { label: 'Settings', accelerator: 'CommandOrControl+,', click: () => actions.settings() }, { type: 'separator' as const }, { role: 'quit' as const }]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [{ label: 'Keyboard shortcuts', accelerator: 'Shift+/', registerAccelerator: false, click: () => actions.showShortcuts() }, ...(mac ? [] : [{ label: 'About Ask After', click: () => actions.about() }])],
  };
  return [
    ...(mac
      ? [
          {
            label: 'Ask After',
            submenu: [
              { label: 'About Ask After', click: () => actions.about() },
              { type: 'separator' },
              { label: 'Settings…', accelerator: 'Command+,', click: () => actions.settings() },
              { type: 'separator' },
              { role: 'services' },
              { type: 'separator' },
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              { type: 'separator' },
              { role: 'quit' },
            ],
          } as MenuItemConstructorOptions,
        ]
      : []),
    file,
    { role: 'editMenu' },
    { label: 'View', submenu: [{ role: 'reload' }, { role: 'togglefullscreen' }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }] },
    { role: 'windowMenu' },
    help,
  ];
}

export function buildMenu(platform: NodeJS.Platform, actions: MenuActions): Menu {
  return Menu.buildFromTemplate(menuTemplate(platform, actions));
}
