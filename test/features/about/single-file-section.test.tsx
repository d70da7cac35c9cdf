import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SingleFileSection } from '@/features/about/single-file-section';

const OFFER = { href: './rungs.html', bytes: 1_300_000 };

describe('SingleFileSection', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('should offer the one-file copy, with its size, where the build ships one', () => {
    render(<SingleFileSection offer={OFFER} version="1.2.3" />);
    const link = screen.getByRole('link', { name: 'Download Rungs as one file' });
    expect(link).toHaveAttribute('href', './rungs.html');
    expect(link).toHaveAttribute('download', 'rungs.html');
    expect(screen.getByRole('region', { name: 'This copy of Rungs' })).toHaveTextContent('Version 1.2.3.');
    expect(screen.getByRole('region', { name: 'This copy of Rungs' })).toHaveTextContent('(1.2 MB)');
  });

  it('should say the one-file copy runs from disk', () => {
    render(<SingleFileSection offer={null} version="1.2.3" oneFile />);
    expect(screen.getByRole('region', { name: 'This copy of Rungs' })).toHaveTextContent('This is Rungs as one file: it runs from disk');
  });

  it('should say that, opened from disk, it shares its storage with every local page', () => {
    render(<SingleFileSection offer={null} version="1.2.3" oneFile />);
    expect(screen.getByRole('region', { name: 'This copy of Rungs' })).toHaveTextContent(
      'Opened from disk, this copy shares its storage with every page this browser opens from a file.',
    );
  });

  it('should not say so for a copy served from a web address', () => {
    render(<SingleFileSection offer={null} version="1.2.3" />);
    expect(screen.getByRole('region', { name: 'This copy of Rungs' })).not.toHaveTextContent('shares its storage');
  });

  it('should say nothing about a download where the build has none', () => {
    render(<SingleFileSection offer={null} version="1.2.3" />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('should fetch the file (so the offline copy can answer) and save it as rungs.html', async () => {
    const fetchMock = vi.fn(async () => new Response('<!doctype html><title>Rungs</title>', { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const createObjectURL = vi.fn(() => 'blob:rungs');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    render(<SingleFileSection offer={OFFER} version="1.2.3" />);
    await userEvent.click(screen.getByRole('link', { name: 'Download Rungs as one file' }));
    expect(fetchMock).toHaveBeenCalledWith('./rungs.html');
    expect(createObjectURL).toHaveBeenCalledTimes(1);
  });

  it('should say so when the file cannot be fetched', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('offline'))));
    render(<SingleFileSection offer={OFFER} version="1.2.3" />);
    await userEvent.click(screen.getByRole('link', { name: 'Download Rungs as one file' }));
    expect(await screen.findByText(/could not be fetched/)).toBeInTheDocument();
  });
});
