import { AppDialog } from '../components/AppDialog.tsx';
import { SHORTCUTS } from './shortcuts.ts';

export function ShortcutsHelp({ onClose }: { onClose(): void }) {
  return (
    <AppDialog title="Keyboard shortcuts" isOpen onOpenChange={(open) => !open && onClose()}>
      <table className="shortcuts">
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.what}>
              <td>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && <span className="muted">{s.together ? ' + ' : ' then '}</span>}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{s.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
    </AppDialog>
  );
}
