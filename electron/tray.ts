import type { MenuItemConstructorOptions } from 'electron';

/** Close hides the window while the tray keeps the app running; quitting always closes. */
export const shouldHideOnClose = ({ quitting, keepRunning }: { quitting: boolean; keepRunning: boolean }): boolean => keepRunning && !quitting;

export interface TrayVisit {
  visitId: number;
  time: string;
  clientName: string;
}

/** The planned visits the tray lists: today's, and tomorrow's so an evening glance shows the morning. */
export interface TrayVisits {
  today: readonly TrayVisit[];
  tomorrow: readonly TrayVisit[];
}

export interface TrayActions {
  openVisit(visitId: number): void;
  quickNote(): void;
  open(): void;
  quit(): void;
}

/** Linux's AppIndicator ignores clicks: everything the tray does is in its menu. */
export function trayMenuTemplate(ahead: TrayVisits, actions: TrayActions): MenuItemConstructorOptions[] {
  const day = (heading: string, visits: readonly TrayVisit[]): MenuItemConstructorOptions[] => [
    { label: heading, enabled: false },
    ...visits.map((v) => ({ label: `${v.time}  ${v.clientName}`, click: () => actions.openVisit(v.visitId) })),
  ];
  const visits: MenuItemConstructorOptions[] = [
    ...(ahead.today.length === 0 ? [{ label: 'No visits today', enabled: false }] : day('Today', ahead.today)),
    ...(ahead.tomorrow.length === 0 ? [] : day('Tomorrow', ahead.tomorrow)),
  ];
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
  visitsAhead(): TrayVisits;
  actions: TrayActions;
}

/** The tray, held by the caller for the app's life; `refresh` rebuilds the list of visits. */
export function createAppTray(deps: AppTrayDeps) {
  let tray: TrayLike | undefined = deps.createTrayInstance();
  tray.setToolTip('Ask After');
  tray.on('click', () => deps.actions.open());
  const refresh = () => tray?.setContextMenu(deps.buildMenu(trayMenuTemplate(deps.visitsAhead(), deps.actions)));
  refresh();
  return {
    refresh,
    destroy() {
      tray?.destroy();
      tray = undefined;
    },
  };
}
