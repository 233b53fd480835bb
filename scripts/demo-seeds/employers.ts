import { employerProfiles, type EmployerProfile } from './employer-profiles.js';
import { pickComune, type Geography } from './geography.js';
import type { Comune } from './reference-data.js';
import type { Random } from './random.js';

export interface EmployerRecord {
  id: string;
  name: string;
  taxCode: string;
  ateco: string;
  sites: { name: string; comune: string }[];
}

/** An employer plus what the vacancy generator needs to know about it. */
export interface DemoEmployer {
  record: EmployerRecord;
  profile: EmployerProfile;
  siteComuni: Comune[];
}

const surnames = ['Rossi', 'Ferrero', 'Bianco', 'Gallo', 'Bruno', 'Costa', 'Fontana', 'Rinaldi', 'Giordano', 'Bertolino',
  'Allasia', 'Cravero', 'Bonetto', 'Chiesa', 'Gribaudo', 'Operti', 'Ghione', 'Audisio', 'Borgna', 'Cavallero', 'Pautasso',
  'Boasso', 'Rosso', 'Marengo', 'Vercellone', 'Sacchetto', 'Barbero', 'Cerutti', 'Gianotti', 'Molinari', 'Olivero',
  'Peirone', 'Sola', 'Tosco', 'Valsania', 'Zanetti', 'Martini', 'Ravera', 'Arnaudo', 'Dutto', 'Giraudo', 'Mondino'];

const businessNames = ['Bellavista', 'Il Girasole', 'La Quercia', 'Stella Alpina', 'Monviso', 'Le Langhe', 'Il Castello',
  'San Martino', 'Aurora', 'Primavera', 'La Collina', 'Il Mulino', 'Villa Rosa', 'Del Borgo', 'Le Rondini', 'Arcobaleno',
  'La Meridiana', 'I Tigli', 'Il Gelso', 'Le Vigne', 'Belvedere', 'Al Ponte', 'La Pergola', 'Il Portico', 'Villa Serena',
  'Gran Paradiso', 'Terre Alte', 'Ca\' Nova', 'Il Glicine', 'Le Betulle', 'Sant\'Anna', 'Il Melograno', 'La Fenice',
  'Dora', 'Tanaro', 'Il Roero', 'Monferrato', 'Il Sorriso', 'Insieme', 'Orizzonte', 'La Rosa dei Venti', 'Il Ponte'];

const siteKinds: Record<string, string[]> = {
  default: ['Unità locale', 'Sede operativa'],
  agriculture: ['Frutteto', 'Magazzino agricolo', 'Terreni'],
  construction: ['Cantiere', 'Deposito'],
  hospitality: ['Punto ristoro', 'Struttura'],
  logistics: ['Hub', 'Magazzino'],
  manufacturing: ['Stabilimento', 'Reparto produttivo'],
  'food-processing': ['Stabilimento', 'Laboratorio'],
  retail: ['Punto vendita'],
  care: ['Struttura', 'Sede territoriale'],
};

/** Partita IVA: 7-digit serial, 3-digit office code (the province code in Piemonte), Luhn-style check digit. */
export function partitaIvaCheckDigit(firstTen: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) {
    const digit = Number(firstTen[i]);
    const doubled = digit * 2;
    sum += i % 2 === 0 ? digit : doubled > 9 ? doubled - 9 : doubled;
  }
  return (10 - (sum % 10)) % 10;
}

function makePartitaIva(random: Random, provinceCode: string, used: Set<string>): string {
  for (;;) {
    const firstTen = `${String(random.int(1000000, 9999999))}${provinceCode.padStart(3, '0')}`;
    const taxCode = `${firstTen}${partitaIvaCheckDigit(firstTen)}`;
    if (!used.has(taxCode)) {
      used.add(taxCode);
      return taxCode;
    }
  }
}

function makeName(random: Random, profile: EmployerProfile, place: Comune, used: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const base = random.pick(profile.names)
      .replace('{S}', random.pick(surnames)).replace('{N}', random.pick(businessNames)).replace('{P}', place.name);
    const name = attempt < 5 ? base : `${base} (${place.name})`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

function makeSites(random: Random, profile: EmployerProfile, geography: Geography, head: Comune): Comune[] {
  const extra = random.weighted([[0, 6], [1, 3], [2, 1]] as const);
  const sites = [head];
  for (let i = 0; i < extra; i++) {
    const site = pickComune(random, geography, 0.6, { ...profile.provinces, [head.province]: 20 });
    if (!sites.some((known) => known.code === site.code)) sites.push(site);
  }
  return sites;
}

export function buildEmployers(random: Random, geography: Geography, count: number): DemoEmployer[] {
  const usedTaxCodes = new Set<string>();
  const usedNames = new Set<string>();
  const profiles = employerProfiles.map((profile) => [profile, profile.weight] as const);
  return Array.from({ length: count }, (_, index) => {
    const profile = random.weighted(profiles);
    // Farms spread over small comuni; other employers sit mostly in towns.
    const head = pickComune(random, geography, profile.sector === 'agriculture' ? 0.4 : 0.85, profile.provinces);
    const siteComuni = makeSites(random, profile, geography, head);
    const kinds = siteKinds[profile.sector] ?? siteKinds.default ?? [];
    const record: EmployerRecord = {
      id: `demo-emp-${String(index + 1).padStart(4, '0')}`,
      name: makeName(random, profile, head, usedNames),
      taxCode: makePartitaIva(random, head.provinceCode, usedTaxCodes),
      ateco: random.pick(profile.ateco),
      sites: siteComuni.map((comune, i) => ({
        name: i === 0 ? `Sede di ${comune.name}` : `${random.pick(kinds)} di ${comune.name}`, comune: comune.code,
      })),
    };
    return { record, profile, siteComuni };
  });
}
