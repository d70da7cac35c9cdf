import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { OfflineSupport } from '@/app/pwa/offline-support';
import { NAV_ITEMS } from '@/lib/routes';
import { RecoveryNotice } from '@/app/recovery-notice';
import { SaveStatus } from '@/app/save-status';

export function Shell({ children }: { children: React.ReactNode }) {
  const [location] = useLocation();
  // On a phone the menu folds behind one button, so a screen's own content starts near the top; it folds again
  // after each move. On a wide screen the button is hidden and the menu always shows.
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuFor, setMenuFor] = useState(location);
  if (menuFor !== location) {
    setMenuFor(location);
    setMenuOpen(false);
  }
  return (
    <>
      <a className="skip-link" href="#main" onClick={(event) => {
        // A plain "#main" would be read by the hash router as a route: focus the landmark instead.
        event.preventDefault();
        document.getElementById('main')?.focus();
      }}>
        Skip to content
      </a>
      <header className="site-header">
        <Link href="/" className="brand" aria-label="Rungs, home">
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 64 64" focusable="false">
            <rect width="64" height="64" rx="12" fill="currentColor" />
            <g stroke="var(--header-bg)" strokeWidth="5" strokeLinecap="round">
              <path d="M20 10v44M44 10v44M20 20h24M20 32h24M20 44h24" />
            </g>
          </svg>
          <span>Rungs</span>
        </Link>
        <nav aria-label="Main">
          <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="main-menu" onClick={() => setMenuOpen((open) => !open)}>
            Menu
          </button>
          <ul id="main-menu" className={menuOpen ? 'menu-open' : undefined}>
            {NAV_ITEMS.map((item) => {
              const current = item.path === '/' ? location === '/' : location.startsWith(item.path);
              return (
                <li key={item.path}>
                  <Link href={item.path} aria-current={current ? 'page' : undefined}>
                    {item.label}
                  </Link>
                </li>
              );
            })}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <OfflineSupport />
        <SaveStatus />
        <RecoveryNotice />
        {children}
      </main>
      <footer className="site-footer">
        <p>Rungs runs entirely in your browser. Nothing you enter is sent anywhere.</p>
      </footer>
    </>
  );
}
