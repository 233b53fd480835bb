/**
 * (matched mass / title mass)^k for one title. The labels a title touches share few distinct matched masses (one
 * per subset of the title's terms), so each power is computed once; a short linear list beats a Map with float keys.
 */
export class TitleCoverageFactors {
  private readonly keys = new Float64Array(32);
  private readonly values = new Float64Array(32);
  private count = 0;
  private queryMass = 0;
  private exponent = 1;

  reset(queryMass: number, exponent: number): void {
    this.count = 0;
    this.queryMass = queryMass;
    this.exponent = exponent;
  }

  factor(matched: number): number {
    const { keys, values } = this;
    for (let i = 0; i < this.count; i += 1) if (keys[i] === matched) return values[i]!;
    const value = this.queryMass > 0 ? Math.pow(Math.min(1, matched / this.queryMass), this.exponent) : 0;
    if (this.count < keys.length) {
      keys[this.count] = matched;
      values[this.count++] = value;
    }
    return value;
  }
}
