/**
 * Kinds of employer in the demo data. Sectors and weights follow where migrants most often work in Italy
 * (agriculture, construction, hospitality, care, cleaning, logistics, manufacturing, food processing).
 * Occupations are named by their ESCO v1.1.1 English preferred label and resolved at build time.
 * Name patterns: {S} a surname, {N} a business name, {P} the comune of the head office.
 */
export type Sector =
  'agriculture' | 'construction' | 'hospitality' | 'care' | 'cleaning' | 'logistics' | 'manufacturing'
  | 'food-processing' | 'retail' | 'services';

export interface EmployerProfile {
  key: string;
  sector: Sector;
  weight: number;
  names: string[];
  ateco: string[];
  ccnl: string[];
  /** [ESCO English label, weight, job family] */
  occupations: [string, number, string][];
  /** Relative weight per province; provinces not listed get 1. */
  provinces?: Record<string, number>;
}

const rural = { CN: 4, AT: 3, AL: 3, VC: 2, NO: 1.5, TO: 1 };

export const employerProfiles: EmployerProfile[] = [
  { key: 'orchard', sector: 'agriculture', weight: 9, provinces: { CN: 8, TO: 2, AL: 2 },
    names: ['Azienda Agricola {S}', 'Frutticoltura {S} s.s.', 'Società Agricola {S} & Figli s.s.', 'Frutta {P} Soc. Coop. Agricola'],
    ateco: ['01.24.00', '01.25.00'], ccnl: ['011', '333'],
    occupations: [['fruit and vegetable picker', 7, 'fieldwork'], ['crop production worker', 3, 'fieldwork'], ['fruit production team leader', 1, 'fieldwork'], ['land-based machinery operator', 1, 'fieldwork']] },
  { key: 'vineyard', sector: 'agriculture', weight: 7, provinces: { CN: 5, AT: 5, AL: 4, NO: 1 },
    names: ['Azienda Vitivinicola {S}', 'Cantina {S}', 'Vigneti {S} Società Agricola', 'Tenuta {N}'],
    ateco: ['01.21.00'], ccnl: ['011'],
    occupations: [['vineyard worker', 7, 'fieldwork'], ['vineyard machinery operator', 1, 'fieldwork'], ['crop production worker', 2, 'fieldwork']] },
  { key: 'vegetables', sector: 'agriculture', weight: 5, provinces: rural,
    names: ['Ortofrutta {P} Soc. Coop. Agricola', 'Serre {S} s.s.', 'Azienda Agricola {S}', 'Orti {N} Società Agricola'],
    ateco: ['01.13.10', '01.13.20'], ccnl: ['011', '402'],
    occupations: [['horticulture worker', 4, 'fieldwork'], ['crop production worker', 3, 'fieldwork'], ['fruit and vegetable picker', 3, 'fieldwork']] },
  { key: 'livestock', sector: 'agriculture', weight: 4, provinces: { CN: 6, TO: 2, NO: 1, VC: 1 },
    names: ['Cascina {N}', 'Allevamento {S}', 'Azienda Zootecnica {S} s.s.'],
    ateco: ['01.41.00', '01.50.00'], ccnl: ['011'],
    occupations: [['livestock worker', 6, 'livestock'], ['crop production worker', 1, 'fieldwork'], ['land-based machinery operator', 1, 'fieldwork']] },
  { key: 'gardening', sector: 'agriculture', weight: 2,
    names: ['Verde {P} S.r.l.', 'Giardini {S} S.n.c.'], ateco: ['81.30.00'], ccnl: ['011'],
    occupations: [['garden labourer', 4, 'fieldwork'], ['landscape gardener', 2, 'fieldwork']] },
  { key: 'building', sector: 'construction', weight: 13,
    names: ['Edil {S} S.r.l.', '{S} Costruzioni S.r.l.', 'Impresa Edile {S} & C. S.n.c.', 'Edilizia {P} S.r.l.', '{S} Restauri S.r.l.'],
    ateco: ['41.20.00', '43.39.01', '43.31.00'], ccnl: ['068', '071', '069'],
    occupations: [['building construction worker', 5, 'building'], ['bricklayer', 3, 'building'], ['civil engineering worker', 2, 'building'], ['plasterer', 1, 'building'], ['concrete finisher', 1, 'building'], ['carpenter', 1, 'building'], ['tile fitter', 1, 'building'], ['construction painter', 1, 'building'], ['roofer', 1, 'building']] },
  { key: 'installers', sector: 'construction', weight: 4,
    names: ['{S} Impianti S.r.l.', 'Termoidraulica {S} S.n.c.', 'Elettro {S} S.r.l.'], ateco: ['43.22.01', '43.21.01'], ccnl: ['116', '113'],
    occupations: [['plumber', 3, 'installation'], ['electrician', 2, 'installation'], ['building electrician', 2, 'installation'], ['heating technician', 1, 'installation']] },
  { key: 'hotel', sector: 'hospitality', weight: 6, provinces: { TO: 3, NO: 3, CN: 2, VC: 1, AT: 1, AL: 1 },
    names: ['Hotel {N}', 'Albergo {N}', 'Grand Hotel {P}', 'Hotel {N} & Spa'], ateco: ['55.10.00'], ccnl: ['167', '429'],
    occupations: [['room attendant', 5, 'hotel'], ['hospitality establishment receptionist', 2, 'hotel'], ['waiter/waitress', 2, 'dining'], ['cook', 1, 'kitchen'], ['kitchen assistant', 1, 'kitchen'], ['housekeeping supervisor', 1, 'hotel']] },
  { key: 'restaurant', sector: 'hospitality', weight: 9,
    names: ['Ristorante {N}', 'Trattoria {N}', 'Osteria {N}', 'Pizzeria {N}', 'Ristorante Pizzeria {N}'], ateco: ['56.10.11'], ccnl: ['167', '337'],
    occupations: [['cook', 3, 'kitchen'], ['kitchen assistant', 3, 'kitchen'], ['kitchen porter', 2, 'kitchen'], ['waiter/waitress', 4, 'dining'], ['pizzaiolo', 2, 'kitchen'], ['grill cook', 1, 'kitchen']] },
  { key: 'bar', sector: 'hospitality', weight: 3,
    names: ['Bar {N}', 'Caffè {N}', 'Pasticceria Caffè {N}'], ateco: ['56.30.00'], ccnl: ['167'],
    occupations: [['barista', 4, 'dining'], ['bartender', 1, 'dining'], ['waiter/waitress', 2, 'dining']] },
  { key: 'agritourism', sector: 'hospitality', weight: 2, provinces: { CN: 4, AT: 3, AL: 2 },
    names: ['Agriturismo {N}', 'Agriturismo Cascina {N}'], ateco: ['55.20.52', '56.10.12'], ccnl: ['167', '011'],
    occupations: [['cook', 2, 'kitchen'], ['waiter/waitress', 2, 'dining'], ['room attendant', 2, 'hotel'], ['kitchen assistant', 1, 'kitchen']] },
  { key: 'canteen', sector: 'hospitality', weight: 3,
    names: ['{N} Ristorazione S.r.l.', 'Mense {P} Soc. Coop.'], ateco: ['56.29.10'], ccnl: ['167', '420'],
    occupations: [['industrial cook', 2, 'kitchen'], ['kitchen assistant', 4, 'kitchen'], ['kitchen porter', 2, 'kitchen']] },
  { key: 'nursing-home', sector: 'care', weight: 7,
    names: ['RSA {N}', 'Residenza per Anziani {N}', 'Casa di Riposo {N}', 'Residenza Sanitaria {N} S.r.l.'], ateco: ['87.30.00', '87.10.00'], ccnl: ['201', '446', '093'],
    occupations: [['healthcare assistant', 7, 'residentialCare'], ['nurse assistant', 2, 'residentialCare'], ['nurse responsible for general care', 1, 'skilledService'], ['kitchen assistant', 1, 'kitchen'], ['building cleaner', 1, 'cleaning']] },
  { key: 'home-care', sector: 'care', weight: 6,
    names: ['Cooperativa Sociale {N} Onlus', '{N} Soc. Coop. Sociale', 'Assistenza Familiare {N} S.r.l.'], ateco: ['88.10.00'], ccnl: ['446', '208', '401'],
    occupations: [['home care aide', 6, 'homeCare'], ['companion', 3, 'homeCare'], ['healthcare assistant', 2, 'residentialCare'], ['domestic cleaner', 2, 'homeCare'], ['babysitter', 1, 'homeCare']] },
  { key: 'cleaning', sector: 'cleaning', weight: 10,
    names: ['{N} Servizi S.r.l.', 'Multiservizi {S} S.r.l.', 'Cooperativa {N} Pulizie Soc. Coop.', 'Pulizie {P} S.n.c.'], ateco: ['81.21.00', '81.22.02'], ccnl: ['119', '120', '416'],
    occupations: [['building cleaner', 7, 'cleaning'], ['room attendant', 1, 'hotel'], ['vehicle cleaner', 1, 'cleaning'], ['street sweeper', 1, 'cleaning'], ['train cleaner', 1, 'cleaning']] },
  { key: 'warehouse', sector: 'logistics', weight: 7, provinces: { TO: 3, NO: 3, AL: 3, AT: 1, CN: 1.5, VC: 1.5 },
    names: ['{S} Logistica S.r.l.', 'Magazzini Generali {P} S.p.A.', '{P} Logistic Center S.r.l.', 'Logistica {N} Soc. Coop.'], ateco: ['52.10.10', '52.29.22'], ccnl: ['151', '418', '327'],
    occupations: [['warehouse worker', 5, 'warehouse'], ['warehouse order picker', 4, 'warehouse'], ['forklift operator', 3, 'warehouse'], ['materials handler', 2, 'warehouse'], ['hand packer', 1, 'warehouse'], ['distribution centre dispatcher', 1, 'warehouse']] },
  { key: 'haulage', sector: 'logistics', weight: 4,
    names: ['Autotrasporti {S} S.r.l.', 'Trasporti {S} & C. S.n.c.', '{N} Express S.r.l.'], ateco: ['49.41.00', '53.20.00'], ccnl: ['151'],
    occupations: [['cargo vehicle driver', 4, 'driving'], ['car and van delivery driver', 4, 'driving'], ['moving truck driver', 1, 'driving'], ['mover', 1, 'warehouse']] },
  { key: 'metalwork', sector: 'manufacturing', weight: 7, provinces: { TO: 4, NO: 2, AL: 2, CN: 2, VC: 1, AT: 1 },
    names: ['Officine Meccaniche {S} S.p.A.', '{S} Metalli S.r.l.', 'Carpenteria Metallica {S} S.r.l.', 'Meccanica {P} S.r.l.'], ateco: ['25.62.00', '25.11.00'], ccnl: ['113', '116', '115'],
    occupations: [['welder', 3, 'production'], ['computer numerical control machine operator', 3, 'production'], ['metalworking lathe operator', 1, 'production'], ['metal products assembler', 2, 'production'], ['factory hand', 2, 'production'], ['milling machine operator', 1, 'production'], ['industrial electrician', 1, 'installation']] },
  { key: 'plastics', sector: 'manufacturing', weight: 3,
    names: ['Plastiche {P} S.r.l.', '{S} Stampaggi S.r.l.'], ateco: ['22.29.09', '22.22.00'], ccnl: ['411'],
    occupations: [['injection moulding operator', 4, 'production'], ['plastic products assembler', 2, 'production'], ['factory hand', 2, 'production'], ['hand packer', 1, 'warehouse']] },
  { key: 'furniture', sector: 'manufacturing', weight: 2,
    names: ['Mobilificio {S} S.r.l.', 'Falegnameria {S} S.n.c.'], ateco: ['31.09.10', '31.09.50'], ccnl: ['071'],
    occupations: [['furniture assembler', 3, 'production'], ['cabinet maker', 2, 'production'], ['furniture finisher', 1, 'production']] },
  { key: 'meat', sector: 'food-processing', weight: 4, provinces: { CN: 5, TO: 2, NO: 1, AL: 1 },
    names: ['Salumificio {S} S.p.A.', 'Carni {P} S.r.l.', 'Macello {P} Soc. Coop.'], ateco: ['10.13.00', '10.11.00'], ccnl: ['013', '014'],
    occupations: [['meat cutter', 3, 'foodProcessing'], ['prepared meat operator', 2, 'foodProcessing'], ['butcher', 1, 'foodProcessing'], ['food production operator', 2, 'foodProcessing'], ['slaughterer', 1, 'foodProcessing'], ['hand packer', 1, 'warehouse']] },
  { key: 'dairy', sector: 'food-processing', weight: 2, provinces: { CN: 4, NO: 3, TO: 2 },
    names: ['Caseificio {P} S.r.l.', 'Latteria Sociale {P} Soc. Coop.', 'Formaggi {S} S.r.l.'], ateco: ['10.51.20'], ccnl: ['013', '015'],
    occupations: [['dairy processing operator', 3, 'foodProcessing'], ['dairy products manufacturing worker', 2, 'foodProcessing'], ['food production operator', 1, 'foodProcessing']] },
  { key: 'bakery', sector: 'food-processing', weight: 3,
    names: ['Panificio {S}', 'Forno {S} S.n.c.', 'Pasticceria {N}'], ateco: ['10.71.10', '10.71.20'], ccnl: ['127', '175'],
    occupations: [['baker', 4, 'foodProcessing'], ['pastry maker', 2, 'foodProcessing'], ['bakery specialised seller', 1, 'retail']] },
  { key: 'fruit-processing', sector: 'food-processing', weight: 3, provinces: { CN: 5, AL: 2, AT: 2, TO: 1 },
    names: ['Conserve {P} S.r.l.', 'Ortofrutticola {P} Soc. Coop.', 'Frutta {N} S.r.l.'], ateco: ['10.39.00'], ccnl: ['015', '013'],
    occupations: [['food grader', 3, 'foodProcessing'], ['fruit and vegetable canner', 2, 'foodProcessing'], ['food production operator', 3, 'foodProcessing'], ['hand packer', 2, 'warehouse'], ['forklift operator', 1, 'warehouse']] },
  { key: 'confectionery', sector: 'food-processing', weight: 2, provinces: { CN: 5, TO: 3, NO: 2, AL: 1 },
    names: ['Dolciaria {P} S.p.A.', 'Cioccolato {N} S.r.l.'], ateco: ['10.82.00'], ccnl: ['013'],
    occupations: [['food production operator', 3, 'foodProcessing'], ['chocolate moulding operator', 1, 'foodProcessing'], ['baking operator', 1, 'foodProcessing'], ['hand packer', 2, 'warehouse']] },
  { key: 'supermarket', sector: 'retail', weight: 4,
    names: ['Supermercati {S} S.p.A.', 'Market {N} S.r.l.', 'Alimentari {S}'], ateco: ['47.11.20', '47.11.40'], ccnl: ['042', '335'],
    occupations: [['shop assistant', 3, 'retail'], ['cashier', 3, 'retail'], ['shelf filler', 2, 'retail'], ['meat and meat products specialised seller', 1, 'retail']] },
  { key: 'garage', sector: 'services', weight: 2,
    names: ['Autofficina {S}', 'Carrozzeria {S} S.n.c.'], ateco: ['45.20.10', '45.20.20'], ccnl: ['116'],
    occupations: [['vehicle technician', 3, 'skilledService'], ['tyre fitter', 1, 'production'], ['vehicle cleaner', 1, 'cleaning']] },
  { key: 'hairdresser', sector: 'services', weight: 1,
    names: ['Parrucchieri {N}', 'Salone {N}'], ateco: ['96.02.01'], ccnl: ['491'],
    occupations: [['hairdresser', 2, 'skilledService'], ['hairdresser assistant', 2, 'skilledService']] },
  { key: 'tailoring', sector: 'manufacturing', weight: 1,
    names: ['Sartoria {S}', 'Confezioni {S} S.r.l.'], ateco: ['14.13.20', '14.13.10'], ccnl: ['003', '001'],
    occupations: [['clothing alteration machinist', 2, 'production'], ['tailor', 1, 'skilledService']] },
  { key: 'social-association', sector: 'services', weight: 1, provinces: { TO: 4, AL: 1, NO: 1, CN: 1 },
    names: ['Associazione {N} APS', 'Cooperativa Sociale {N} Mediazione'], ateco: ['88.99.00'], ccnl: ['446'],
    occupations: [['intercultural communication consultant', 3, 'mediation']] },
  { key: 'buses', sector: 'services', weight: 1, names: ['Autolinee {P} S.p.A.'], ateco: ['49.31.00'], ccnl: ['418'],
    occupations: [['bus driver', 3, 'driving']] },
  { key: 'software', sector: 'services', weight: 1, provinces: { TO: 6, NO: 1, CN: 1 },
    names: ['{N} Software S.r.l.', '{N} Digital S.r.l.'], ateco: ['62.01.00'], ccnl: ['042'],
    occupations: [['software developer', 3, 'skilledService'], ['ICT help desk agent', 1, 'skilledService']] },
];
