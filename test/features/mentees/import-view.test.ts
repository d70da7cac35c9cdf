import { describe, expect, it } from 'vitest';
import { buildImportPreview } from '@/features/mentees/import-view';
import { formatDate } from '@/lib/format';
import { makeMiniPack } from '../../fixtures/mini-pack';
import { makeProfile, makeSession } from './mentees-fixtures';

/** A calendar day as the app writes dates: the reader's locale, so the tests read the same anywhere. */
const on = (day: string) => formatDate(`${day}T12:00:00.000Z`, { timeZone: 'UTC' });

const pack = makeMiniPack();

describe('buildImportPreview', () => {
  const ana = makeProfile('ana');
  const session = makeSession(pack, { id: 'a1', profileId: 'ana' });
  const empty = { added: [], updated: [], unchanged: [] };

  it('should say what will be added and what already exists', () => {
    const view = buildImportPreview(
      { profiles: { ...empty, added: [ana] }, sessions: { added: [session], unchanged: [], conflicts: [] } },
      new Map([['ana', 'Ana']]),
      '2026-03-02T10:00:00.000Z',
    );
    expect(view.nothingNew).toBe(false);
    expect(view.lines).toEqual([`The file was saved on ${on('2026-03-02')}.`, 'Will be added: 1 person (Ana) and 1 session.']);
  });

  it('should say "nothing new" on a re-import', () => {
    const view = buildImportPreview({ profiles: { ...empty, unchanged: [ana] }, sessions: { added: [], unchanged: [session], conflicts: [] } }, new Map(), null);
    expect(view.nothingNew).toBe(true);
    expect(view.lines).toContain('Already here and unchanged: 1 person and 1 session.');
    expect(view.lines).toContain('Nothing new: everything in this file is already here.');
  });

  it('should describe a conflict kept as both, with the newer one named', () => {
    const copy = { ...session, id: 'a1-x', conflictOf: 'a1', updatedAt: '2026-02-20T10:00:00.000Z' };
    const view = buildImportPreview({ profiles: empty, sessions: { added: [], unchanged: [], conflicts: [{ kept: session, copy, newest: 'copy' }] } }, new Map([['ana', 'Ana']]), null);
    expect(view.conflicts).toEqual([
      `Ana’s session of ${on('2026-02-01')} differs from the copy in the file: both are kept; the newer one is the copy from the file (saved ${on('2026-02-20')}).`,
    ]);
  });
});
