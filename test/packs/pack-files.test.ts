import { describe, expect, it, vi } from 'vitest';
import { oncePerKey } from '@/packs/pack-files';
import type { SettledPromise } from '@/lib/settled-promise';

describe('oncePerKey', () => {
  it('should load each key once and hand every later caller the first promise', async () => {
    const load = vi.fn((key: string) => Promise.resolve(`part ${key}`));
    const part = oncePerKey(load);
    const first = part('quick');
    expect(part('quick')).toBe(first);
    expect(part('full')).not.toBe(first);
    expect(load.mock.calls).toEqual([['quick'], ['full']]);
    await expect(first).resolves.toBe('part quick');
  });

  it('should record how the load settled, so a screen that asks later reads it in the same render', async () => {
    const part = oncePerKey((key) => (key === 'broken' ? Promise.reject(new Error('no part')) : Promise.resolve(key)));
    const ready = part('quick') as SettledPromise<string>;
    const broken = part('broken') as SettledPromise<string>;
    await ready;
    await broken.catch(() => undefined);
    expect(ready).toMatchObject({ status: 'fulfilled', value: 'quick' });
    expect(broken.status).toBe('rejected');
  });
});
