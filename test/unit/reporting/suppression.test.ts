import { expect } from 'chai';
import { suppressSubgroup, suppressTable, type AdditiveRelation } from '../../../src/modules/reporting/suppression.js';

describe('small-count suppression', () => {
  it('when one part of a total is small, then the smallest other part is hidden as well', () => {
    const values = new Map([['t', 20], ['a', 2], ['b', 12], ['c', 6]]);
    const hidden = suppressTable(values, [{ total: 't', parts: ['a', 'b', 'c'] }], 5);
    expect(Object.fromEntries(hidden)).to.deep.equal({ a: 'primary', c: 'secondary' });
  });

  it('when the only other parts are zeros, then a zero is hidden rather than revealing the small cell', () => {
    const hidden = suppressTable(new Map([['t', 3], ['a', 3], ['b', 0]]), [{ total: 't', parts: ['a', 'b'] }], 5);
    expect(hidden.get('a')).to.equal('primary');
    expect(hidden.get('t')).to.equal('primary');
    expect(hidden.has('b')).to.equal(false);
  });

  it('when a two-way table has one small cell, then row, column and margins all end with 0 or 2+ hidden cells', () => {
    const values = new Map([
      ['r1c1', 2], ['r1c2', 10], ['r2c1', 8], ['r2c2', 9],
      ['r1', 12], ['r2', 17], ['c1', 10], ['c2', 19], ['t', 29],
    ]);
    const relations: AdditiveRelation[] = [
      { total: 'r1', parts: ['r1c1', 'r1c2'] }, { total: 'r2', parts: ['r2c1', 'r2c2'] },
      { total: 'c1', parts: ['r1c1', 'r2c1'] }, { total: 'c2', parts: ['r1c2', 'r2c2'] },
      { total: 't', parts: ['r1', 'r2'] }, { total: 't', parts: ['c1', 'c2'] },
    ];
    const hidden = suppressTable(values, relations, 5);
    for (const relation of relations) {
      const count = [relation.total, ...relation.parts].filter((k) => hidden.has(k)).length;
      expect(count === 0 || count >= 2, JSON.stringify(relation)).to.equal(true);
    }
    expect([...hidden.keys()].sort()).to.deep.equal(['r1c1', 'r1c2', 'r2c1', 'r2c2']);
  });

  it('when nothing is small, then nothing is hidden and zeros stay visible', () => {
    expect(suppressTable(new Map([['t', 5], ['a', 5], ['b', 0]]), [{ total: 't', parts: ['a', 'b'] }], 5).size).to.equal(0);
  });

  it('when a subgroup leaves a small remainder of the total, then the subgroup is hidden as a complement', () => {
    expect(suppressSubgroup(18, 20, 5)).to.equal('complement');
    expect(suppressSubgroup(20, 20, 5)).to.equal(undefined);
    expect(suppressSubgroup(3, 20, 5)).to.equal('primary');
    expect(suppressSubgroup(10, 20, 5)).to.equal(undefined);
  });
});
