import { BookOpen, Building2, CalendarDays, DatabaseBackup, House, Keyboard, Menu, Search, Settings, ShieldAlert, Trash2, Users, PhoneCall, X } from 'lucide-react';
import { lazy, Suspense, useEffect, useRef, useState, type ComponentType, type KeyboardEvent } from 'react';
import { NavLink, Outlet, useLocation, useNavigate, useNavigation, useSearchParams } from 'react-router';
import { paths } from './paths.ts';
import { MOD_KEY, useShortcuts } from './shortcuts.ts';

// Both overlays are loaded on first use: they are not needed for the first paint.
const SearchPalette = lazy(async () => ({ default: (await import('./SearchPalette.tsx')).SearchPalette }));
const ShortcutsHelp = lazy(async () => ({ default: (await import('./ShortcutsHelp.tsx')).ShortcutsHelp }));

const NAV: readonly { to: string; label: string; icon: ComponentType<{ size?: number; 'aria-hidden'?: boolean }>; end?: boolean }[] = [
  { to: paths.home(), label: 'Home', icon: House, end: true },
  { to: paths.agenda(), label: 'Agenda', icon: CalendarDays },
  { to: paths.clients(), label: 'Clients', icon: Building2 },
  { to: paths.people(), label: 'People', icon: Users },
  { to: paths.followUps(), label: 'Follow-ups', icon: PhoneCall },
  { to: paths.incidents(), label: 'Incidents', icon: ShieldAlert },
  { to: paths.knowHow(), label: 'Know-how', icon: BookOpen },
  { to: paths.trash(), label: 'Trash', icon: Trash2 },
  { to: paths.data(), label: 'Your data', icon: DatabaseBackup },
  { to: paths.settings(), label: 'Settings', icon: Settings },
];

/** After a navigation, focus the new screen's heading so keyboard and screen-reader users land on it. */
function useFocusOnNavigate() {
  const location = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    // Two frames: let a closing dialog hand focus back first, then move it on.
    let inner = 0;
    const outer = requestAnimationFrame(() => {
      inner = requestAnimationFrame(() => {
        const main = document.getElementById('main');
        const active = document.activeElement;
        // A screen that already put focus somewhere on purpose (a form's first field) keeps it.
        if (main && active && active !== main && main.contains(active)) return;
        main?.querySelector<HTMLElement>('h1')?.focus();
      });
    });
    return () => {
      cancelAnimationFrame(outer);
      cancelAnimationFrame(inner);
    };
  }, [location.pathname]);
}

export function Shell() {
  const navigate = useNavigate();
  const navigation = useNavigation();
  const [searchOpen, setSearchOpen] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  // The places menu of a narrow window: open only on the screen where it was opened, so any
  // navigation closes it; Escape closes it and hands focus back to the Menu button.
  const location = useLocation();
  const [menuOpenAt, setMenuOpenAt] = useState<string | null>(null);
  const menuOpen = menuOpenAt === location.pathname;
  const menuButton = useRef<HTMLButtonElement>(null);
  const closeMenuOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !menuOpen) return;
    setMenuOpenAt(null);
    menuButton.current?.focus();
  };
  useFocusOnNavigate();
  useHelpFromMenu(() => setHelpOpen(true));
  useShortcuts({ openSearch: () => setSearchOpen(true), openHelp: () => setHelpOpen(true), go: (to) => void navigate(to) });

  return (
    <div className="shell">
      <a
        className="skip-link"
        href="#main"
        onClick={(event) => {
          // The hash belongs to the router; move focus without navigating.
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        Skip to content
      </a>
      <nav className="sidebar" aria-label="Main" data-menu={menuOpen ? 'open' : 'closed'} onKeyDown={closeMenuOnEscape}>
        <div className="sidebar-inner">
          <span className="brand">Ask After</span>
          <button type="button" className="search-button" onClick={() => setSearchOpen(true)}>
            <Search aria-hidden size={16} />
            <span>Search</span>
            <kbd aria-label={`${MOD_KEY} K`}>{MOD_KEY} K</kbd>
          </button>
          {/* Shown only when the window is narrow (or zoomed in): the places fold away behind it. */}
          <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="main-places" ref={menuButton} onClick={() => setMenuOpenAt(menuOpen ? null : location.pathname)}>
            {menuOpen ? <X aria-hidden size={18} /> : <Menu aria-hidden size={18} />}
            Menu
          </button>
          <ul className="nav-list" id="main-places">
            {NAV.map(({ to, label, icon: Icon, end }) => (
              <li key={to}>
                <NavLink to={to} end={end} className="nav-link">
                  <Icon aria-hidden size={18} />
                  {label}
                </NavLink>
              </li>
            ))}
          </ul>
          <button type="button" className="help-button" onClick={() => setHelpOpen(true)}>
            <Keyboard aria-hidden size={16} />
            Keyboard shortcuts <kbd>?</kbd>
          </button>
        </div>
      </nav>
      <main className="app-main" id="main" tabIndex={-1} aria-busy={navigation.state === 'loading'}>
        <Outlet />
      </main>
      <Suspense fallback={null}>
        {searchOpen && (
          <SearchPalette
            onClose={() => setSearchOpen(false)}
            onOpen={(to) => {
              setSearchOpen(false);
              void navigate(to);
            }}
          />
        )}
        {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
      </Suspense>
    </div>
  );
}

/** The desktop menu's Help → Keyboard shortcuts arrives as ?help=shortcuts. */
function useHelpFromMenu(open: () => void) {
  const [params, setParams] = useSearchParams();
  const wanted = params.get('help') === 'shortcuts';
  useEffect(() => {
    if (!wanted) return;
    open();
    setParams((p) => {
      p.delete('help');
      return p;
    }, { replace: true });
  }, [wanted, open, setParams]);
}
