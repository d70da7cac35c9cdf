import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoragePersistence } from '@/features/settings/storage-persistence';

const original = Object.getOwnPropertyDescriptor(navigator, 'storage');

/** navigator.storage as a browser would offer it, with what it answers. */
function mockStorage({ persisted = false, grants = false, estimate = true } = {}) {
  let granted = persisted;
  const storage = {
    persisted: vi.fn(async () => granted),
    persist: vi.fn(async () => {
      granted = grants;
      return grants;
    }),
    estimate: estimate ? vi.fn(async () => ({ usage: 1_572_864, quota: 2_147_483_648 })) : undefined,
  };
  Object.defineProperty(navigator, 'storage', { value: storage, configurable: true });
  return storage;
}

afterEach(() => {
  if (original) Object.defineProperty(navigator, 'storage', original);
  else Reflect.deleteProperty(navigator, 'storage');
});

const section = () => screen.getByRole('region', { name: 'Storage on this device' });

describe('StoragePersistence', () => {
  it('should say storage is persistent, with usage and quota, and offer nothing to ask', async () => {
    mockStorage({ persisted: true });
    render(<StoragePersistence />);
    expect(await screen.findByText(/Storage is persistent/)).toBeInTheDocument();
    expect(section()).toHaveTextContent('Rungs uses 1.5 MB here');
    expect(section()).toHaveTextContent('of about 2.0 GB');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('should say storage is not persistent and ask again when the button is pressed', async () => {
    const storage = mockStorage({ persisted: false, grants: true });
    render(<StoragePersistence />);
    expect(await screen.findByText(/Storage is not persistent/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Ask the browser to keep Rungs’ data' }));
    expect(storage.persist).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(/Storage is persistent/)).toBeInTheDocument();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('should explain a refusal and keep the button to ask again', async () => {
    mockStorage({ persisted: false, grants: false });
    render(<StoragePersistence />);
    await userEvent.click(await screen.findByRole('button', { name: 'Ask the browser to keep Rungs’ data' }));
    expect(await screen.findByText(/The browser said no/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ask the browser to keep Rungs’ data' })).toBeEnabled();
  });

  it('should say the browser cannot tell when it has no storage manager', async () => {
    Object.defineProperty(navigator, 'storage', { value: undefined, configurable: true });
    render(<StoragePersistence />);
    expect(await screen.findByText(/does not say whether it keeps Rungs’ data/)).toBeInTheDocument();
    expect(section()).not.toHaveTextContent('Rungs uses');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('should leave out usage when the browser gives no estimate', async () => {
    mockStorage({ persisted: false, estimate: false });
    render(<StoragePersistence />);
    expect(await screen.findByText(/Storage is not persistent/)).toBeInTheDocument();
    expect(section()).not.toHaveTextContent('Rungs uses');
  });
});
