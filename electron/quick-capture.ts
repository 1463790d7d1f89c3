/** What the shortcut does to the capture window: a second press while it has focus puts it away. */
export const toggleCapture = ({ visible, focused }: { visible: boolean; focused: boolean }): 'show' | 'hide' => (visible && focused ? 'hide' : 'show');

export interface CaptureWindowLike {
  isVisible(): boolean;
  isFocused(): boolean;
  isDestroyed(): boolean;
  show(): void;
  focus(): void;
  hide(): void;
  on(event: 'blur', listener: () => void): unknown;
}

/** The small quick-capture window, built once and hidden while not in use. */
export function createQuickCapture(createWindow: () => CaptureWindowLike) {
  let window: CaptureWindowLike | undefined;
  const get = () => {
    if (!window || window.isDestroyed()) {
      window = createWindow();
      window.on('blur', () => window?.hide());
    }
    return window;
  };
  const show = () => {
    const w = get();
    w.show();
    w.focus();
  };
  return {
    show,
    toggle() {
      const w = get();
      if (toggleCapture({ visible: w.isVisible(), focused: w.isFocused() }) === 'hide') w.hide();
      else show();
    },
  };
}

export interface ShortcutRegistry {
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

/**
 * Binds the shortcut, replacing the one bound before; returns what the settings screen should
 * say when it could not be bound (another app holds it), else null.
 */
export function bindShortcut(registry: ShortcutRegistry, previous: string | undefined, next: string | undefined, onPress: () => void): string | null {
  if (previous) registry.unregister(previous);
  if (!next) return null;
  let bound: boolean;
  try {
    bound = registry.register(next, onPress);
  } catch {
    return `${next} is not a shortcut this system understands. Choose another, for example CommandOrControl+Shift+Space.`;
  }
  return bound ? null : `${next} is taken by another app. Choose another shortcut, or use "Quick note…" in the tray.`;
}
