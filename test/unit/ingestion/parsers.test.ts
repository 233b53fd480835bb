import { expect } from 'chai';
import { Readable } from 'node:stream';
import { parsePage } from '../../../src/modules/ingestion/parse/page.parser.js';
import { MalformedPageError, type RawRecord } from '../../../src/modules/ingestion/parse/raw-record.js';
import { sourceInputSchema, type SourceDefinition } from '../../../src/modules/ingestion/source.schema.js';

const source = (over: Partial<SourceDefinition>): SourceDefinition =>
  ({ ...sourceInputSchema.parse({ name: 't', url: 'http://127.0.0.1/x', format: 'interchange-json' }), ...over });

async function collect(records: AsyncIterable<RawRecord>): Promise<RawRecord[]> {
  const out: RawRecord[] = [];
  for await (const r of records) out.push(r);
  return out;
}

const textPage = (text: string) => ({ kind: 'text' as const, text, contentType: '', url: 'http://x', attempts: 1 });

const posting = {
  '@context': 'https://schema.org',
  '@type': 'JobPosting',
  identifier: { '@type': 'PropertyValue', value: 'JP-1' },
  title: 'Cuoco',
  description: '<p>Cucina &amp; pasticceria</p>',
  datePosted: '2026-11-20T08:00:00Z',
  validThrough: '2027-01-31T23:59:59+01:00',
  employmentType: ['FULL_TIME', 'TEMPORARY'],
  workHours: '40 ore settimanali',
  hiringOrganization: { '@type': 'Organization', name: 'Trattoria Rossi S.r.l.', taxID: '00743110157' },
  jobLocation: { '@type': 'Place', address: { addressLocality: 'Bologna' }, geo: { latitude: 44.49, longitude: 11.34 } },
  baseSalary: { '@type': 'MonetaryAmount', currency: 'EUR', value: { '@type': 'QuantitativeValue', value: 9, unitText: 'HOUR' } },
};

describe('feed page parsers', () => {
  it('when a JobPosting JSON array is parsed, then fields map to the interchange vacancy with monthly pay', async () => {
    const { records } = parsePage(textPage(JSON.stringify([posting])), source({ format: 'jobposting-json' }));
    const [record] = await collect(records);
    expect(record?.candidate).to.deep.include({ id: 'JP-1', title: 'Cuoco', description: 'Cucina & pasticceria', validFrom: '2026-11-20', validThrough: '2027-01-31' });
    expect(record?.candidate).to.have.nested.property('contract.monthlyGrossEur', 1560);
    expect(record?.candidate).to.have.nested.property('contract.type', 'fixed-term');
    expect(record?.candidate).to.have.nested.property('location.comune', 'Bologna');
    expect(record?.candidate).to.have.nested.property('employer.taxCode', '00743110157');
  });

  it('when HTML embeds JSON-LD with an @graph and an array, then every JobPosting is found', async () => {
    const html = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},${JSON.stringify(posting)}]}</script>
      <script type='application/ld+json'>[${JSON.stringify({ ...posting, identifier: 'JP-2' })}]</script>
      <script type="application/ld+json">{ broken</script></head></html>`;
    const records = await collect(parsePage(textPage(html), source({ format: 'jobposting-jsonld-html' })).records);
    expect(records.filter((r) => r.candidate).map((r) => (r.candidate as { id: string }).id)).to.deep.equal(['JP-1', 'JP-2']);
    expect(records.filter((r) => r.readError).map((r) => r.readError)).to.deep.equal(['malformed JSON-LD block']);
  });

  it('when a field mapping is given, then it overrides the default JobPosting mapping', async () => {
    const withRef = { ...posting, ref: 'R-9', jobLocation: undefined, area: 'Roma' };
    const src = source({ format: 'jobposting-json', fieldMapping: { id: 'ref', 'location.comune': 'area' } });
    const [record] = await collect(parsePage(textPage(JSON.stringify(withRef)), src).records);
    expect(record?.candidate).to.deep.include({ id: 'R-9' });
    expect(record?.candidate).to.have.nested.property('location.comune', 'Roma');
  });

  it('when a CSV feed has mapped columns, then numbers, dates and lists are converted', async () => {
    const csv = 'codice;titolo;comune;paga;scadenza;patenti\nA1;Magazziniere;Verona;1.450,00;31/01/2027;B|C\nA2;"rotto;Verona\n';
    const src = source({
      format: 'csv',
      csvDelimiter: ';',
      fieldMapping: { id: 'codice', title: 'titolo', 'location.comune': 'comune', 'contract.monthlyGrossEur': 'paga', validThrough: 'scadenza', drivingLicences: 'patenti' },
    });
    const page = { kind: 'stream' as const, stream: Readable.from([csv]), contentType: 'text/csv', url: 'http://x', attempts: 1 };
    const records = await collect(parsePage(page, src).records);
    expect(records.find((r) => r.candidate)?.candidate).to.deep.equal({
      id: 'A1', title: 'Magazziniere', location: { comune: 'Verona' }, contract: { monthlyGrossEur: 1450 }, validThrough: '2027-01-31', drivingLicences: ['B', 'C'],
    });
    expect(records.some((r) => r.readError?.startsWith('CSV row unreadable'))).to.equal(true);
  });

  it('when a JSONL stream has a malformed line, then it is a read error and the other lines go on', async () => {
    const page = { kind: 'stream' as const, stream: Readable.from(['{"id":"1","title":"a"}\n{"id":', '"2"\n{"id":"3","title":"c"}\n']), contentType: '', url: 'http://x', attempts: 1 };
    const records = await collect(parsePage(page, source({ format: 'interchange-jsonl' })).records);
    expect(records.map((r) => r.readError ?? (r.candidate as { id: string }).id)).to.deep.equal(['1', 'malformed JSON line', '3']);
  });

  it('when an interchange JSON body is truncated, then the page is malformed', () => {
    expect(() => parsePage(textPage('[{"id":"1","title":"a"},{"id":"2"'), source({}))).to.throw(MalformedPageError);
  });

  it('when records sit under a path and the next link is in the body, then both are read', async () => {
    const src = source({ recordsPath: 'data.items', pagination: { type: 'next-link', bodyPath: 'links.next' } });
    const parsed = parsePage(textPage(JSON.stringify({ data: { items: [{ id: '1', title: 'x' }] }, links: { next: '/p2' } })), src);
    expect(await collect(parsed.records)).to.have.length(1);
    expect(parsed.nextFromBody).to.equal('/p2');
  });
});
