import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { countPack } from '@/domain/pack/count-pack';
import { PackList } from '@/features/home/pack-list';
import { makeMiniPack } from '../../fixtures/mini-pack';

describe('PackList', () => {
  it('should show each ready pack with its counts', () => {
    const pack = makeMiniPack();
    render(<PackList entries={[{ status: 'ready', path: 'assessments/mini.json', pack, counts: countPack(pack) }]} />);
    const item = screen.getByRole('listitem');
    expect(within(item).getByRole('heading', { name: 'Mini pack' })).toBeInTheDocument();
    const value = (term: string) => within(item).getByText(term).nextElementSibling?.textContent;
    expect([value('Competencies'), value('Questions'), value('Levels'), value('Certifications')]).toEqual(['3', '6', '3', '3']);
  });

  it('should list a broken pack with each problem, as text', () => {
    render(
      <PackList
        entries={[{ status: 'broken', path: 'assessments/bad.json', problems: [{ path: 'levels', message: '<img src=x onerror=alert(1)> expected array' }] }]}
      />,
    );
    expect(screen.getByRole('heading', { name: 'assessments/bad.json cannot be used' })).toBeInTheDocument();
    expect(screen.getByText(/expected array/).textContent).toContain('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });

  it('should say how to add a pack when there is none', () => {
    render(<PackList entries={[]} />);
    expect(screen.getByText(/No assessment packs are installed/)).toBeInTheDocument();
  });
});
