import { Suspense, use, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { recordSettlement } from '@/lib/settled-promise';

describe('recordSettlement', () => {
  it('should record a fulfilled value in the fields React reads, once it has settled', async () => {
    let resolve!: (value: string) => void;
    const promise = recordSettlement(new Promise<string>((done) => (resolve = done)));
    expect(promise.status).toBe('pending');
    resolve('packs');
    await promise;
    expect(promise).toMatchObject({ status: 'fulfilled', value: 'packs' });
  });

  it('should record a rejection, and hand back the same promise when asked twice', async () => {
    const failure = new Error('no pack');
    const promise = recordSettlement(Promise.reject(failure));
    expect(recordSettlement(promise)).toBe(promise);
    await expect(promise).rejects.toBe(failure);
    expect(promise).toMatchObject({ status: 'rejected', reason: failure });
  });

  it('should let a render started synchronously (as a store update is) read a settled promise without showing the fallback', async () => {
    const promise = recordSettlement(Promise.resolve('200 mentees'));
    await promise;
    const fallbacksShown: string[] = [];
    function Fallback() {
      useEffect(() => void fallbacksShown.push('shown'));
      return <p>Reading…</p>;
    }
    function Reader() {
      return <p>{use(promise as Promise<string>)}</p>;
    }
    let show!: () => void;
    function Screen() {
      const [ready, setReady] = useState(false);
      show = () => setReady(true);
      return ready ? (
        <Suspense fallback={<Fallback />}>
          <Reader />
        </Suspense>
      ) : null;
    }
    render(<Screen />);
    act(() => flushSync(show));
    expect(screen.getByText('200 mentees')).toBeInTheDocument();
    expect(fallbacksShown).toEqual([]);
  });
});
