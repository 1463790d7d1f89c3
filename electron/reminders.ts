import type { PlannedNotification } from '../src/reminders/due.ts';

/** The part of Electron's Notification we use (injectable, so tests pass a fake). */
export interface NotificationLike {
  on(event: 'click' | 'close' | 'failed', listener: () => void): unknown;
  show(): void;
}

export interface ReminderServiceDeps {
  /** Decides and records what is due (db/reminders/plan.ts over the live store). */
  plan(now: Date): PlannedNotification[];
  isSupported(): boolean;
  createNotification(options: { title: string; body: string }): NotificationLike;
  powerMonitor: { on(event: 'resume' | 'unlock-screen', listener: () => void): unknown };
  /** A click: the visit's briefing, or Home when it stands for no one visit. */
  open(visitId: number | null): void;
  now?: () => Date;
  onError?: (error: unknown) => void;
  intervalMs?: number;
}

export const REMINDER_TICK_MS = 60_000;

/**
 * One tick at start (catch-up after being closed), on wake and unlock (catch-up after sleep),
 * and every minute. Timers skew in sleep, so each tick asks what is due now, never "in N ms".
 */
export function startReminders(deps: ReminderServiceDeps) {
  const now = deps.now ?? (() => new Date());
  // Held until clicked or closed: a dropped reference lets GC take the click handler.
  const live = new Set<NotificationLike>();

  const tick = () => {
    if (!deps.isSupported()) return [];
    let due: PlannedNotification[];
    try {
      due = deps.plan(now());
    } catch (error) {
      deps.onError?.(error);
      return [];
    }
    for (const planned of due) {
      const notification = deps.createNotification({ title: planned.title, body: planned.body });
      live.add(notification);
      notification.on('click', () => {
        live.delete(notification);
        deps.open(planned.visitId);
      });
      notification.on('close', () => live.delete(notification));
      notification.on('failed', () => live.delete(notification));
      notification.show();
    }
    return due;
  };

  deps.powerMonitor.on('resume', tick);
  deps.powerMonitor.on('unlock-screen', tick);
  const timer = setInterval(tick, deps.intervalMs ?? REMINDER_TICK_MS);
  tick();
  return {
    tick,
    live,
    stop: () => clearInterval(timer),
  };
}
