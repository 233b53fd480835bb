/** Many integer lists in two typed arrays: list i is values[offsets[i] .. offsets[i + 1]). Compact, fast and serialisable. */
export interface PackedLists {
  offsets: Int32Array;
  values: Int32Array;
}

/** Packs the lists as they are. */
export function packLists(lists: readonly (readonly number[])[]): PackedLists {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = offsets[i]! + list.length));
  const values = new Int32Array(offsets[lists.length]!);
  lists.forEach((list, i) => values.set(list, offsets[i]!));
  return { offsets, values };
}

/** Inverts document→keys lists into key→documents lists, documents ascending (postings). */
export function invertLists(keyCount: number, lists: readonly (readonly number[])[]): PackedLists {
  const offsets = new Int32Array(keyCount + 1);
  for (const list of lists) for (const key of list) offsets[key + 1]! += 1;
  for (let k = 0; k < keyCount; k += 1) offsets[k + 1]! += offsets[k]!;
  const next = offsets.slice(0, keyCount);
  const values = new Int32Array(offsets[keyCount]!);
  lists.forEach((list, doc) => {
    for (const key of list) values[next[key]!++] = doc;
  });
  return { offsets, values };
}

/** Terms ↔ dense integer ids. */
export class TermDictionary {
  private readonly ids = new Map<string, number>();

  constructor(private readonly terms: readonly string[]) {
    terms.forEach((term, id) => this.ids.set(term, id));
  }

  idOf(term: string): number | undefined {
    return this.ids.get(term);
  }

  termOf(id: number): string {
    return this.terms[id] ?? '';
  }

  get size(): number {
    return this.terms.length;
  }
}
