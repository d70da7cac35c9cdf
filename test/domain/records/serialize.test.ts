import { describe, expect, it } from 'vitest';
import { parseBundle } from '@/domain/records/bundle';
import { createProfile } from '@/domain/records/profile';
import { createSession } from '@/domain/records/session';
import { BUNDLE_TYPE, BUNDLE_VERSION, bundleOf, serializeBundle, serializeQuarantined } from '@/domain/records/serialize';
import { makeMiniPack } from '../../fixtures/mini-pack';

describe('serializeQuarantined', () => {
  it('should write any raw value, falling back to text for what JSON cannot hold', () => {
    const text = serializeQuarantined([
      { key: 'quarantine/a', problem: 'p', raw: { answers: [1, 2] } },
      { key: 'quarantine/b', problem: 'q', raw: 10n },
    ]);
    expect(JSON.parse(text)).toEqual([
      { key: 'quarantine/a', problem: 'p', raw: { answers: [1, 2] } },
      { key: 'quarantine/b', problem: 'q', raw: '10' },
    ]);
  });
});

describe('serializeBundle', () => {
  const now = new Date('2026-03-03T09:00:00.000Z');
  const pack = makeMiniPack();
  const ana = createProfile('ana', { name: 'Ana', currentLevel: null, years: null, targetLevel: null }, now);
  const ben = createProfile('ben', { name: 'Ben', currentLevel: null, years: null, targetLevel: null }, now);
  const session = createSession({ id: 's1', profileId: 'ana', pack, assessmentId: 'quick', targetLevel: 'one', now });

  it('should write a bundle the import reads back whole, whatever order the records came in', () => {
    const text = serializeBundle({ profiles: [ben, ana], sessions: [session], exportedAt: now });
    const read = parseBundle(text);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value).toEqual({ exportedAt: now.toISOString(), profiles: [ana, ben], sessions: [session] });
  });

  it('should put the envelope first and give the same bytes for the same records', () => {
    const text = serializeBundle({ profiles: [ana, ben], sessions: [session], exportedAt: now });
    expect(JSON.parse(text)).toMatchObject({ type: BUNDLE_TYPE, version: BUNDLE_VERSION, createdBy: 'Rungs' });
    expect(text.indexOf('"type"')).toBeLessThan(text.indexOf('"profiles"'));
    expect(serializeBundle({ profiles: [ben, ana], sessions: [session], exportedAt: now })).toBe(text);
  });

  it('should still write raw values read from storage, ids or not, as the crash screen hands them over', () => {
    const text = serializeBundle({ profiles: [{ id: 'b' }, 'odd', { id: 'a' }], sessions: [], exportedAt: now });
    expect(JSON.parse(text).profiles).toEqual(['odd', { id: 'a' }, { id: 'b' }]);
  });
});

describe('bundleOf', () => {
  const now = new Date('2026-03-03T09:00:00.000Z');
  const pack = makeMiniPack();
  const ana = createProfile('ana', { name: 'Ana', currentLevel: null, years: null, targetLevel: null }, now);
  const ben = createProfile('ben', { name: 'Ben', currentLevel: null, years: null, targetLevel: null }, now);
  const ofAna = createSession({ id: 's2', profileId: 'ana', pack, assessmentId: 'quick', targetLevel: 'one', now });
  const ofBen = createSession({ id: 's1', profileId: 'ben', pack, assessmentId: 'quick', targetLevel: 'one', now });
  const state = { profiles: { ben, ana }, sessions: { s2: ofAna, s1: ofBen } };

  it('should take everyone, sorted by id, when no person is named', () => {
    expect(bundleOf(state)).toEqual({ profiles: [ana, ben], sessions: [ofBen, ofAna] });
  });

  it('should take one person with only their sessions', () => {
    expect(bundleOf(state, 'ana')).toEqual({ profiles: [ana], sessions: [ofAna] });
  });
});
