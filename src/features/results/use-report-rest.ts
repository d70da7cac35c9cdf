import { startTransition, useCallback, useEffect, useState } from 'react';
import { afterShown } from '@/lib/after-shown';
import { countAsLoading } from '@/lib/loading-boundary';
import type * as ReportRestModule from './report-rest';

/** The rest of the report's code (report-rest.tsx): its sections and the builder of their view. */
export type ReportRestCode = typeof ReportRestModule;

let loaded: ReportRestCode | undefined;
let loading: Promise<ReportRestCode> | undefined;

/** Fetches the rest of the report's code once for the page's life; after a failure, the next call fetches it again. */
export function loadReportRest(load: () => Promise<ReportRestCode> = () => import('./report-rest')): Promise<ReportRestCode> {
  loading ??= load().then(
    (code) => (loaded = code),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export interface ReportRest {
  /** null until it has arrived. */
  code: ReportRestCode | null;
  /** It could not be fetched (offline before the app was stored for offline use): `retry` asks again. */
  failed: boolean;
  retry: () => void;
}

/**
 * The rest of the report's code, fetched once the element marked `elementtiming={shownMark}` is on screen (see
 * afterShown), as the whole packs are: on a slow link it then never shares the connection with the verdict.
 */
export function useReportRest(shownMark: string, load?: () => Promise<ReportRestCode>): ReportRest {
  const [code, setCode] = useState(() => loaded ?? null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  // When this screen first rendered: what was shown before it does not count as shown.
  const [since] = useState(() => performance.now());
  useEffect(() => {
    if (code) return;
    let live = true;
    const cancel = afterShown(shownMark, since, () => {
      const fetching = loadReportRest(load);
      countAsLoading(fetching);
      fetching.then(
        (arrived) => live && startTransition(() => setCode(arrived)),
        () => live && setFailed(true),
      );
    });
    return () => {
      live = false;
      cancel();
    };
  }, [code, shownMark, since, attempt, load]);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((count) => count + 1);
  }, []);
  return { code, failed, retry };
}
