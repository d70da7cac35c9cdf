import { countPack, type PackCounts } from './count-pack';
import { pick } from './pick';
import type { Assessment, Level, Pack } from './schema';

/*
 * What Home reads of a pack: its title and summary, its levels with their years (the start form suggests a target
 * from them), its assessments with their lengths, and its counts: under 3 kB of a pack's 127 kB gzip. A first visit
 * shows the start form without downloading and reading the whole pack. The build cuts one per pack file; a whole Pack
 * is one too, so everything that takes a StartPack takes a Pack.
 */

export type StartLevel = Pick<Level, 'id' | 'title' | 'years'>;
export type StartAssessment = Pick<Assessment, 'id' | 'title' | 'description' | 'minutes' | 'questionIds'>;

export interface StartPack {
  meta: Pick<Pack['meta'], 'id' | 'title' | 'summary' | 'version'>;
  levels: readonly StartLevel[];
  assessments: readonly StartAssessment[];
}

/** A pack's start part and its counts, which Home lists it with. */
export interface StartPart {
  pack: StartPack;
  counts: PackCounts;
}

/** The start part of a (checked) pack: every field a StartPack names, and nothing else. */
export function startPartOf(pack: Pack): StartPart {
  return {
    pack: {
      meta: pick(pack.meta, ['id', 'title', 'summary', 'version']),
      levels: pack.levels.map((level) => ({ ...pick(level, ['id', 'title']), years: pick(level.years, ['min', 'max']) })),
      assessments: pack.assessments.map((assessment) => pick(assessment, ['id', 'title', 'description', 'minutes', 'questionIds'])),
    },
    counts: countPack(pack),
  };
}
