import { expect } from 'chai';
import { RecordList } from '../../../src/platform/lists/record-list.js';

interface Row {
  id: string;
  updatedAt: Date;
  tag: string;
}
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);
const row = (id: string, ms: number, tag = 'x'): Row => ({ id, updatedAt: at(ms), tag });
const ids = (rows: Row[]) => rows.map((r) => r.id);
const all = () => true;

describe('RecordList', () => {
  it('when records share a timestamp, then they are ordered by id, as the database sorts (updatedAt, _id)', () => {
    const list = new RecordList<Row>();
    for (const r of [row('b', 5), row('c', 1), row('a', 5), row('d', 9)]) list.put(r);
    expect(ids(list.window({ matches: all, limit: 10 }))).to.deep.equal(['c', 'a', 'b', 'd']);
  });

  it('when a whole collection is loaded at once, then it is ordered and kept exactly as records put one by one', () => {
    const rows = Array.from({ length: 500 }, (_, i) => row(`r${(i * 7919) % 500}`, (i * 104729) % 37));
    const oneByOne = new RecordList<Row>();
    for (const r of rows) oneByOne.put(r);
    const loaded = RecordList.of(rows);
    expect(ids(loaded.window({ matches: all, limit: 1000 }))).to.deep.equal(ids(oneByOne.window({ matches: all, limit: 1000 })));
    expect(loaded.size).to.equal(500);
    loaded.put(row('r3', 99, 'changed'));
    expect(loaded.window({ matches: all, limit: 1000 }).at(-1)).to.deep.include({ id: 'r3', tag: 'changed' });
    expect(loaded.size).to.equal(500);
  });

  it('when a record is put again with a newer timestamp, then it moves to the end and is held once', () => {
    const list = new RecordList<Row>();
    for (const r of [row('a', 1), row('b', 2), row('c', 3)]) list.put(r);
    list.put(row('a', 10, 'changed'));
    const rows = list.window({ matches: all, limit: 10 });
    expect(ids(rows)).to.deep.equal(['b', 'c', 'a']);
    expect(rows.at(-1)?.tag).to.equal('changed');
    expect(list.size).to.equal(3);
  });

  it('when a window has a cursor, a since date, a filter and a limit, then it returns up to limit+1 matches strictly after the cursor', () => {
    const list = new RecordList<Row>();
    for (let i = 0; i < 10; i += 1) list.put(row(`r${i}`, i, i % 2 === 0 ? 'even' : 'odd'));
    const even = (r: Row) => r.tag === 'even';
    expect(ids(list.window({ matches: even, limit: 2 }))).to.deep.equal(['r0', 'r2', 'r4']);
    expect(ids(list.window({ matches: even, after: { updatedAt: at(4), id: 'r4' }, limit: 2 }))).to.deep.equal(['r6', 'r8']);
    expect(ids(list.window({ matches: all, after: { updatedAt: at(4), id: 'r3' }, limit: 1 }))).to.deep.equal(['r4', 'r5']);
    expect(ids(list.window({ matches: all, since: at(7), limit: 5 }))).to.deep.equal(['r7', 'r8', 'r9']);
    expect(ids(list.window({ matches: all, after: { updatedAt: at(2), id: 'r2' }, since: at(6), limit: 1 }))).to.deep.equal(['r6', 'r7']);
  });

  it('when the cursor names a record that is gone, then the window still starts after its position', () => {
    const list = new RecordList<Row>();
    for (const r of [row('a', 1), row('b', 2), row('c', 3)]) list.put(r);
    list.delete('b');
    list.delete('missing');
    expect(ids(list.window({ matches: all, after: { updatedAt: at(2), id: 'b' }, limit: 5 }))).to.deep.equal(['c']);
    expect(list.size).to.equal(2);
  });
});
