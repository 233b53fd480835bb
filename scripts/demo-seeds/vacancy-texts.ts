import type { Sector } from './employer-profiles.js';
import type { ContractType, JobFamily } from './job-families.js';
import type { Random } from './random.js';

/** Curated Italian ad titles for occupations whose ESCO label is not what an Italian ad would say. */
export const commonTitles: Record<string, string[]> = {
  'companion': ['Badante', 'Assistente familiare', 'Badante convivente'],
  'home care aide': ['Assistente domiciliare', 'Addetto/a all’assistenza domiciliare'],
  'healthcare assistant': ['Operatore socio-sanitario (OSS)', 'OSS', 'Operatore/operatrice socio-sanitario/a'],
  'building cleaner': ['Addetto/a alle pulizie', 'Addetti pulizie uffici'],
  'warehouse worker': ['Magazziniere/a', 'Operaio/a di magazzino'],
  'warehouse order picker': ['Addetto/a al picking', 'Magazziniere/a picking'],
  'forklift operator': ['Carrellista', 'Mulettista'],
  'fruit and vegetable picker': ['Raccoglitori di frutta', 'Operai agricoli per raccolta'],
  'crop production worker': ['Operaio/a agricolo/a', 'Bracciante agricolo'],
  'vineyard worker': ['Operaio/a viticolo/a', 'Potatore di vigneto'],
  'building construction worker': ['Manovale edile', 'Operaio/a edile'],
  'kitchen assistant': ['Aiuto cuoco/a', 'Commis di cucina'],
  'kitchen porter': ['Lavapiatti', 'Addetto/a al lavaggio stoviglie'],
  'room attendant': ['Cameriere/a ai piani', 'Addetto/a al riassetto camere'],
  'waiter/waitress': ['Cameriere/a di sala', 'Cameriere/a'],
  'cargo vehicle driver': ['Autista patente C/CE', 'Autista camion'],
  'car and van delivery driver': ['Autista corriere patente B', 'Driver consegne'],
  'factory hand': ['Operaio/a generico/a', 'Addetto/a alla produzione'],
  'food production operator': ['Operaio/a alimentare', 'Addetto/a linea di produzione alimentare'],
  'hand packer': ['Addetto/a al confezionamento', 'Imballatore/imballatrice'],
};

const sectorPhrases: Record<Sector, string[]> = {
  agriculture: ['azienda agricola', 'realtà agricola a conduzione familiare'],
  construction: ['impresa edile', 'impresa attiva nell’edilizia residenziale e nelle ristrutturazioni'],
  hospitality: ['struttura della ristorazione e dell’ospitalità', 'locale in forte crescita'],
  care: ['realtà socio-assistenziale', 'ente che gestisce servizi per anziani e persone fragili'],
  cleaning: ['impresa di pulizie e servizi integrati', 'azienda di servizi di pulizia'],
  logistics: ['azienda di logistica e trasporti', 'operatore logistico per la grande distribuzione'],
  manufacturing: ['azienda manifatturiera', 'azienda produttiva del territorio'],
  'food-processing': ['azienda di trasformazione alimentare', 'azienda alimentare di tradizione piemontese'],
  retail: ['azienda della distribuzione', 'catena di negozi di prossimità'],
  services: ['azienda di servizi', 'realtà del territorio'],
};

export function contractPhrase(random: Random, type: ContractType, validThrough: string): string {
  switch (type) {
    case 'permanent': return 'contratto a tempo indeterminato';
    case 'fixed-term': return `contratto a tempo determinato di ${random.pick([3, 6, 6, 12])} mesi, con possibilità di proroga`;
    case 'seasonal': return `contratto stagionale (${random.pick(['potature invernali', 'stagione invernale', 'campagna 2026/2027'])})`;
    case 'apprenticeship': return 'contratto di apprendistato professionalizzante';
    case 'internship': return 'tirocinio extracurricolare di 6 mesi con indennità di partecipazione';
    case 'temporary-agency': return 'contratto in somministrazione tramite agenzia per il lavoro, con possibilità di assunzione diretta';
    case 'other': return `contratto di lavoro domestico o collaborazione (candidature entro il ${formatDate(validThrough)})`;
  }
}

function hoursPhrase(hours: number): string {
  if (hours > 48) return `servizio in convivenza (${hours} ore settimanali) con riposi secondo il contratto collettivo`;
  if (hours >= 36) return `tempo pieno, ${hours} ore settimanali${hours === 40 ? ' dal lunedì al venerdì o su turni' : ''}`;
  return `part-time di ${hours} ore settimanali`;
}

export function formatDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

function listPhrase(items: string[]): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1] ?? '';
  // Italian writes "ed" before a word that starts with "e".
  return `${items.slice(0, -1).join(', ')} ${/^e/i.test(last) ? 'ed' : 'e'} ${last}`;
}

export interface AdFacts {
  employerName: string;
  sector: Sector;
  comuneName: string;
  province: string;
  /** The role as it reads inside a sentence, e.g. "aiuto cuoco/a". */
  role: string;
  positions: number;
  family: JobFamily;
  italianLevel: string;
  licences: string[];
  contractType: ContractType;
  hours: number;
  pay: number;
  validFrom: string;
  validThrough: string;
  centreName: string;
}

export function buildDescription(random: Random, facts: AdFacts): string {
  const who = facts.positions > 1 ? `${facts.positions} persone da inserire come` : 'una persona da inserire come';
  const requirements = [...random.sample(facts.family.requirements, random.int(1, 2)),
    `conoscenza della lingua italiana almeno di livello ${facts.italianLevel}`];
  if (facts.licences.length > 0) requirements.push(`patente ${facts.licences.join(' e ')}`);
  const sentences = [
    `${facts.employerName}, ${random.pick(sectorPhrases[facts.sector])} con sede a ${facts.comuneName} (${facts.province}), cerca ${who} ${facts.role}.`,
    `La risorsa si occuperà di ${listPhrase(random.sample(facts.family.duties, random.int(2, 3)))}.`,
    `Requisiti: ${requirements.join('; ')}.`,
    `Si offre ${contractPhrase(random, facts.contractType, facts.validThrough)}, ${hoursPhrase(facts.hours)}, con retribuzione lorda mensile di circa ${facts.pay} euro.`,
  ];
  if (facts.family.perks.length > 0 && random.chance(0.7)) sentences.push(`Completano l’offerta: ${random.pick(facts.family.perks)}.`);
  sentences.push(`Inizio previsto dal ${formatDate(facts.validFrom)}; candidature entro il ${formatDate(facts.validThrough)} presso il ${facts.centreName}.`);
  return sentences.join(' ');
}
