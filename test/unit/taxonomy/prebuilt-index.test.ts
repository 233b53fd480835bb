import { expect } from 'chai';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { LabelIndex, LabelIndexBuilder } from '../../../src/modules/taxonomy/recognition/label-index.js';
import { Bm25Index, Bm25IndexBuilder } from '../../../src/modules/taxonomy/recognition/bm25-index.js';
import { defaultTaxonomyDir, TaxonomyMissingError } from '../../../src/modules/taxonomy/taxonomy.loader.js';
import { taxonomySeedKey } from '../../../src/modules/taxonomy/taxonomy.snapshot.js';
import { loadTaxonomySnapshot } from '../../../src/modules/taxonomy/taxonomy.loader.js';
import { primeStems, stem } from '../../../src/modules/taxonomy/text/stemmer.js';

const roundTrip = <T>(value: T): T => deserialize(serialize(value)) as T;
const matchesOf = (index: LabelIndex, query: string[]) => {
  const found: { label: number; concept: number; matched: number; coverage: number }[] = [];
  index.scan(query, (label, concept, matched, coverage) => found.push({ label, concept, matched, coverage }));
  return found;
};

describe('prebuilt taxonomy index', () => {
  it('when the index file is built, then it carries the ESCO vocabulary with the stems natural gives each word', () => {
    const { stems } = loadTaxonomySnapshot();
    const english = new Map(stems.en.words.map((word, i) => [word, stems.en.stems[i]]));
    expect(english.size).to.be.greaterThan(10_000);
    // Literal Porter stems: stem() itself may already answer from a primed table, so it cannot be the reference.
    expect(['forklift', 'operating', 'warehouse', 'cleaning'].map((word) => english.get(word))).to.deep.equal(['forklift', 'oper', 'warehous', 'clean']);
    expect(stems.it.words.length).to.be.greaterThan(5_000);
  });

  it('when a stem table is primed, then its stems are used without calling the stemmer again', () => {
    primeStems('fr', { words: ['zzqprimedword'], stems: ['zzqprimed'] });
    expect(stem('zzqprimedword', 'fr')).to.equal('zzqprimed');
  });

  it('when a label index is written and read back, then it matches labels exactly as before', () => {
    const builder = new LabelIndexBuilder();
    builder.add(0, ['forklift', 'drive'], 1);
    builder.add(1, ['drive', 'truck'], 0.95);
    builder.add(1, ['lorri'], 0.8);
    const built = builder.build();
    const restored = new LabelIndex(roundTrip(built.snapshot));
    const query = ['drive', 'forklift', 'warehous'];
    expect(matchesOf(restored, query)).to.deep.equal(matchesOf(built, query));
    expect(matchesOf(restored, query).find((m) => m.label === 0)?.coverage).to.equal(1);
    expect(restored.labelTerms(1)).to.deep.equal(['drive', 'truck']);
    expect(restored.labelWeight(2)).to.equal(0.8);
  });

  it('when a BM25 index is written and read back, then the scores are identical', () => {
    const builder = new Bm25IndexBuilder();
    builder.add(0, ['clean', 'room', 'hotel', 'room']);
    builder.add(2, ['drive', 'truck']);
    const built = builder.build();
    const restored = new Bm25Index(roundTrip(built.snapshot));
    const scores = (index: Bm25Index): number[][] => {
      const board = index.search(['room', 'truck']);
      return [...board.keys()].map((doc) => [doc, board.get(doc)]);
    };
    expect(scores(restored)).to.deep.equal(scores(built));
    expect(restored.search(['room']).get(0)).to.be.greaterThan(0);
  });

  it('when a seed file changes, then the cache key changes', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'prima-seeds-'));
    try {
      cpSync(defaultTaxonomyDir, dir, { recursive: true });
      const before = taxonomySeedKey(dir);
      expect(taxonomySeedKey(dir)).to.equal(before);
      writeFileSync(path.join(dir, 'skill-lexicon.json'), '{"description":"changed","entries":[]}');
      expect(taxonomySeedKey(dir)).to.not.equal(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when the seed folder has no manifest, then a TaxonomyMissingError says so', () => {
    expect(() => taxonomySeedKey(path.join(tmpdir(), 'no-such-taxonomy'))).to.throw(TaxonomyMissingError);
  });
});
