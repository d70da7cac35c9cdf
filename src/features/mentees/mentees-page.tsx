import { useEffect, useRef, useState } from 'react';
import { Link, Route, Switch, useParams } from 'wouter';
import { LoadingStatus } from '@/components/loading-status';
import { MENTEES_PATH, parseRecordIdParam } from '@/lib/routes';
import { ScreenHeading } from '@/components/screen-heading';
import { LoadingBoundary } from '@/lib/loading-boundary';
import { useDocumentTitle } from '@/components/use-document-title';
import { SELF_PROFILE_ID } from '@/domain/records/constants';
import { plural } from '@/lib/format';
import { useAppStore, useAppStoreApi } from '@/store/store-context';
import { Dashboard } from './dashboard';
import { PersonPage, type DeletedNotice } from './person-page';
import './mentees.css';
// After mentees.css: on phones its rules re-lay the lists that mentees.css sets out.
import './mentees-phone.css';

/** How long "Undo" stays offered after a delete. */
export const UNDO_MS = 30_000;

function MenteesState({ title, children }: { title: string; children: React.ReactNode }) {
  useDocumentTitle(title);
  return (
    <section aria-labelledby="mentees-state-title" className="mentees">
      <ScreenHeading id="mentees-state-title">{title}</ScreenHeading>
      {children}
    </section>
  );
}

const Reading = () => (
  <MenteesState title="Mentees">
    <LoadingStatus>Reading saved mentees…</LoadingStatus>
  </MenteesState>
);

function NoSuchPerson({ notice = null }: { notice?: React.ReactNode }) {
  return (
    <MenteesState title="No such person">
      {notice}
      <p>There is no mentee at this address in this browser: the link may be mistyped, or the person was deleted.</p>
      <p>
        <Link href={MENTEES_PATH}>Go to Mentees</Link>
      </p>
    </MenteesState>
  );
}

type NoticeContent = { kind: 'deleted'; notice: DeletedNotice } | { kind: 'restored'; text: string };
/** `at`: when it was shown (ms), so leaving the dashboard and coming back does not restart the 30 seconds. */
type Notice = NoticeContent & { id: number; at: number };

/**
 * After a delete: says who went, offers Undo for UNDO_MS (or until dismissed), and takes focus once so a
 * keyboard user can undo at once. The message sits in a status region, read out when it appears.
 */
function UndoNotice({ notice, focused, onUndo, onDismiss }: { notice: Notice; focused: React.RefObject<Set<number>>; onUndo: () => void; onDismiss: () => void }) {
  const undo = useRef<HTMLButtonElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  }, [onDismiss]);
  useEffect(() => {
    if (!focused.current.has(notice.id)) {
      focused.current.add(notice.id);
      // A deletion made in another tab is read out, but does not take the keyboard from what the person is doing.
      if (!(notice.kind === 'deleted' && notice.notice.elsewhere)) (notice.kind === 'deleted' ? undo.current : message.current)?.focus();
    }
    const timer = setTimeout(() => dismiss.current(), Math.max(0, notice.at + UNDO_MS - Date.now()));
    return () => clearTimeout(timer);
  }, [notice, focused]);

  return (
    <div className="undo-notice">
      <p role="status" ref={message} tabIndex={-1}>
        {notice.kind === 'deleted'
          ? `${notice.notice.name} was deleted${notice.notice.elsewhere ? ' in another tab' : ''}, with ${plural(notice.notice.sessions, 'session')}.`
          : notice.text}
      </p>
      <div className="form-buttons">
        {notice.kind === 'deleted' && (
          <button type="button" ref={undo} onClick={onUndo}>
            Undo
          </button>
        )}
        <button type="button" className="secondary" onClick={onDismiss}>
          Dismiss
        </button>
      </div>
    </div>
  );
}

function PersonAt({ onDeleted, notice }: { onDeleted: (notice: DeletedNotice) => void; notice: React.ReactNode }) {
  const params = useParams<{ profileId: string }>();
  const profileId = parseRecordIdParam(params.profileId);
  // "Me" is the person using this browser, not a mentee: it has no page here.
  const profile = useAppStore((state) =>
    profileId && profileId !== SELF_PROFILE_ID && Object.hasOwn(state.profiles, profileId) ? state.profiles[profileId] : undefined,
  );
  // Deleted in another tab while shown here: the page says so, with Undo.
  if (!profile) return <NoSuchPerson notice={notice} />;
  return <PersonPage key={profile.id} profile={profile} onDeleted={onDeleted} />;
}

/** Mounted under "/mentees" as a nested route: "/" is the dashboard, "/:profileId" one person. */
export default function MenteesPage() {
  const status = useAppStore((state) => state.status);
  const undoDelete = useAppStore((state) => state.undoDelete);
  const storeApi = useAppStoreApi();
  // Kept here, above the routes, so the notice survives the move from the person's page to the dashboard.
  const [notice, setNotice] = useState<Notice | null>(null);
  const nextId = useRef(0);
  const focused = useRef(new Set<number>());

  const show = (content: NoticeContent) => {
    nextId.current += 1;
    setNotice({ ...content, id: nextId.current, at: Date.now() });
  };

  // Someone deleted in another tab while this one showed them: said here, with the same Undo.
  useEffect(
    () =>
      storeApi.subscribe((state, before) => {
        const deleted = state.lastDeleted;
        if (!deleted?.elsewhere || deleted === before.lastDeleted) return;
        nextId.current += 1;
        const notice = { name: deleted.profile.name, sessions: deleted.sessions.length, elsewhere: true };
        setNotice({ kind: 'deleted', notice, id: nextId.current, at: Date.now() });
      }),
    [storeApi],
  );

  if (status !== 'ready') return <Reading />;
  const noticeNode = notice && (
    <UndoNotice
      notice={notice}
      focused={focused}
      onUndo={() => {
        if (notice.kind !== 'deleted') return;
        undoDelete();
        show({ kind: 'restored', text: `${notice.notice.name} is back, with everything they had.` });
      }}
      onDismiss={() => setNotice(null)}
    />
  );

  return (
    <LoadingBoundary fallback={<Reading />}>
      <Switch>
        <Route path="/">
          <Dashboard notice={noticeNode} />
        </Route>
        <Route path="/:profileId">
          <PersonAt notice={noticeNode} onDeleted={(deleted) => show({ kind: 'deleted', notice: deleted })} />
        </Route>
        <Route>
          <NoSuchPerson />
        </Route>
      </Switch>
    </LoadingBoundary>
  );
}
