import type { MenuItemConstructorOptions } from 'electron';

/** Close hides the window while the tray keeps the app running; quitting always closes. */
export const shouldHideOnClose = ({ quitting, keepRunning }: { quitting: boolean; keepRunning: boolean }): boolean => keepRunning && !quitting;

export interface TrayVisit {
  visitId: number;
  time: string;
  clientName: string;
}

export interface TrayActions {
  openVisit(visitId: number): void;
  quickNote(): void;
  open(): void;
  quit(): void;
}

/** Linux's AppIndicator ignores clicks: everything the tray does is in its menu. */
export function trayMenuTemplate(visitsToday: readonly TrayVisit[], actions: TrayActions): MenuItemConstructorOptions[] {
  const visits: MenuItemConstructorOptions[] =
    visitsToday.length === 0
      ? [{ label: 'No visits today', enabled: false }]
      : [{ label: 'Today', enabled: false }, ...visitsToday.map((v) => ({ label: `${v.time}  ${v.clientName}`, click: () => actions.openVisit(v.visitId) }))];
  return [
    ...visits,
    { type: 'separator' },
    { label: 'Quick note…', click: () => actions.quickNote() },
    { label: 'Open Ask After', click: () => actions.open() },
    { type: 'separator' },
    { label: 'Quit Ask After', click: () => actions.quit() },
  ];
}

export interface TrayLike {
  setToolTip(text: string): void;
  setContextMenu(menu: unknown): void;
  on(event: 'click', listener: () => void): unknown;
  destroy(): void;
}

export interface AppTrayDeps {
  createTrayInstance(): TrayLike;
  buildMenu(template: MenuItemConstructorOptions[]): unknown;
  visitsToday(): TrayVisit[];
  actions: TrayActions;
}

/** The tray, held by the caller for the app's life; `refresh` rebuilds today's list. */
export function createAppTray(deps: AppTrayDeps) {
  let tray: TrayLike | undefined = deps.createTrayInstance();
  tray.setToolTip('Ask After');
  tray.on('click', () => deps.actions.open());
  const refresh = () => tray?.setContextMenu(deps.buildMenu(trayMenuTemplate(deps.visitsToday(), deps.actions)));
  refresh();
  return {
    refresh,
    destroy() {
      tray?.destroy();
      tray = undefined;
    },
  };
}
