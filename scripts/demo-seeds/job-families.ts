/**
 * Job families: what the Italian ad text says about duties and conditions, and the contract terms that are
 * typical for the family in Piemonte (pay from CCNL minimum tables, rounded; demo data, not advice).
 */
export type ContractType =
  'permanent' | 'fixed-term' | 'seasonal' | 'apprenticeship' | 'internship' | 'temporary-agency' | 'other';

export interface JobFamily {
  duties: string[];
  requirements: string[];
  perks: string[];
  contractTypes: [ContractType, number][];
  hours: [number, number][];
  /** Full-time monthly gross pay range in euro; part-time pay is scaled by hours. */
  pay: [number, number];
  italianLevels: string[];
  /** Chance that the ad asks for a driving licence, and which ones. */
  licences: [number, string[]];
}

const fullTime: [number, number][] = [[40, 8], [38, 1], [36, 1]];

export const jobFamilies: Record<string, JobFamily> = {
  fieldwork: {
    duties: ['raccolta manuale di frutta e ortaggi', 'potatura e diradamento delle piante', 'cernita e confezionamento del prodotto in campo', 'carico delle cassette sui mezzi aziendali', 'legatura e manutenzione dei filari', 'irrigazione e pulizia delle serre'],
    requirements: ['buona resistenza fisica e disponibilità a lavorare all’aperto', 'disponibilità anche il sabato nei periodi di raccolta', 'esperienza anche breve in agricoltura'],
    perks: ['possibilità di alloggio presso l’azienda', 'trasporto dal centro paese al campo', 'fornitura di dispositivi di protezione individuale'],
    contractTypes: [['seasonal', 7], ['fixed-term', 2], ['temporary-agency', 1]],
    hours: [[39, 6], [40, 3], [30, 1]], pay: [1250, 1550], italianLevels: ['A1', 'A2', 'A2', 'B1'], licences: [0.15, ['B']],
  },
  livestock: {
    duties: ['alimentazione e cura quotidiana degli animali', 'mungitura con impianto automatico', 'pulizia delle stalle e dei ricoveri', 'controllo dello stato di salute del bestiame', 'conduzione del trattore per la distribuzione del foraggio'],
    requirements: ['esperienza in allevamento di bovini o suini', 'disponibilità a turni anche nei festivi', 'attitudine al lavoro con gli animali'],
    perks: ['alloggio disponibile in cascina', 'vitto incluso'],
    contractTypes: [['permanent', 4], ['fixed-term', 5], ['seasonal', 1]],
    hours: [[39, 7], [40, 3]], pay: [1350, 1700], italianLevels: ['A2', 'A2', 'B1'], licences: [0.5, ['B']],
  },
  building: {
    duties: ['preparazione e pulizia del cantiere', 'esecuzione di murature, intonaci e getti in calcestruzzo', 'montaggio e smontaggio di ponteggi', 'movimentazione di materiali edili', 'supporto agli operai specializzati nelle lavorazioni di finitura', 'posa di pavimenti e rivestimenti'],
    requirements: ['esperienza in cantiere', 'corso sicurezza 16 ore (preferibile)', 'capacità di leggere semplici disegni tecnici', 'disponibilità a trasferte giornaliere in provincia'],
    perks: ['iscrizione alla Cassa Edile', 'indennità di trasferta', 'fornitura di abbigliamento da lavoro'],
    contractTypes: [['fixed-term', 4], ['permanent', 3], ['temporary-agency', 2], ['apprenticeship', 1]],
    hours: fullTime, pay: [1500, 2100], italianLevels: ['A2', 'A2', 'B1'], licences: [0.35, ['B']],
  },
  installation: {
    duties: ['installazione e manutenzione di impianti idraulici e termici', 'posa di impianti elettrici civili e industriali', 'ricerca guasti e interventi presso i clienti', 'compilazione dei rapportini di intervento'],
    requirements: ['qualifica professionale nel settore impiantistico o esperienza equivalente', 'conoscenza delle norme di sicurezza', 'capacità di lavorare in autonomia'],
    perks: ['furgone aziendale', 'formazione continua e possibilità di crescita'],
    contractTypes: [['permanent', 5], ['fixed-term', 3], ['apprenticeship', 2]],
    hours: fullTime, pay: [1600, 2200], italianLevels: ['A2', 'B1', 'B1'], licences: [0.8, ['B']],
  },
  kitchen: {
    duties: ['preparazione dei piatti secondo le ricette dello chef', 'pulizia e taglio di verdure, carne e pesce', 'lavaggio di stoviglie e attrezzature', 'riordino e sanificazione della cucina secondo il piano HACCP', 'gestione delle scorte e controllo delle scadenze'],
    requirements: ['attestato HACCP (o disponibilità a conseguirlo)', 'esperienza in cucina anche breve', 'disponibilità a turni serali e nel fine settimana'],
    perks: ['pasto durante il turno', 'possibilità di alloggio per la stagione'],
    contractTypes: [['fixed-term', 4], ['seasonal', 3], ['permanent', 2], ['apprenticeship', 1]],
    hours: [[40, 5], [30, 2], [24, 2], [20, 1]], pay: [1350, 1850], italianLevels: ['A2', 'A2', 'B1'], licences: [0.05, ['B']],
  },
  dining: {
    duties: ['accoglienza dei clienti e presa delle ordinazioni', 'servizio ai tavoli e al banco', 'preparazione di caffetteria e bevande', 'allestimento e riordino della sala', 'gestione della cassa a fine turno'],
    requirements: ['esperienza nel ruolo', 'predisposizione al contatto con il pubblico', 'disponibilità nei fine settimana e nei giorni festivi', 'conoscenza di base dell’inglese (gradita)'],
    perks: ['pasto durante il turno', 'mance condivise'],
    contractTypes: [['fixed-term', 4], ['seasonal', 3], ['permanent', 2], ['apprenticeship', 1]],
    hours: [[40, 4], [30, 3], [24, 2], [20, 1]], pay: [1350, 1700], italianLevels: ['B1', 'B1', 'B2'], licences: [0.05, ['B']],
  },
  hotel: {
    duties: ['riassetto e pulizia delle camere e dei bagni', 'cambio della biancheria e rifornimento dei prodotti di cortesia', 'pulizia delle aree comuni', 'accoglienza degli ospiti e gestione di check-in e check-out', 'segnalazione di guasti al responsabile di piano'],
    requirements: ['precisione e rapidità', 'esperienza in strutture alberghiere (gradita)', 'disponibilità nei fine settimana'],
    perks: ['vitto durante il turno', 'divisa fornita dall’hotel'],
    contractTypes: [['seasonal', 4], ['fixed-term', 4], ['permanent', 2]],
    hours: [[40, 3], [30, 3], [24, 2], [20, 2]], pay: [1300, 1650], italianLevels: ['A2', 'B1', 'B2'], licences: [0, []],
  },
  residentialCare: {
    duties: ['assistenza agli ospiti nell’igiene personale, nella vestizione e nell’alimentazione', 'mobilizzazione e prevenzione delle lesioni da pressione', 'collaborazione con infermieri e fisioterapisti', 'compilazione delle schede di assistenza', 'animazione e supporto relazionale agli ospiti'],
    requirements: ['qualifica OSS riconosciuta dalla Regione Piemonte', 'disponibilità a turni diurni, notturni e festivi', 'capacità di lavorare in équipe'],
    perks: ['formazione ECM interna', 'buoni pasto'],
    contractTypes: [['fixed-term', 5], ['permanent', 4], ['temporary-agency', 1]],
    hours: [[38, 5], [36, 2], [30, 2], [24, 1]], pay: [1500, 1850], italianLevels: ['B1', 'B1', 'B2'], licences: [0.1, ['B']],
  },
  homeCare: {
    duties: ['assistenza a persona anziana parzialmente autosufficiente', 'aiuto nell’igiene personale e nella somministrazione dei pasti', 'preparazione dei pasti e cura della casa', 'accompagnamento a visite mediche e commissioni', 'compagnia e stimolazione nelle attività quotidiane'],
    requirements: ['esperienza documentabile come assistente familiare', 'pazienza, riservatezza e affidabilità', 'corso di assistente familiare (preferibile)'],
    perks: ['vitto e alloggio per il servizio in convivenza', 'riposo settimanale secondo contratto'],
    contractTypes: [['permanent', 5], ['fixed-term', 4], ['other', 1]],
    hours: [[54, 3], [40, 2], [30, 3], [25, 2]], pay: [1050, 1450], italianLevels: ['A2', 'B1', 'B1'], licences: [0.35, ['B']],
  },
  cleaning: {
    duties: ['pulizia di uffici, scale condominiali e spazi comuni', 'utilizzo di macchine lavasciuga e monospazzola', 'svuotamento dei cestini e raccolta differenziata', 'sanificazione dei servizi igienici', 'pulizia di mezzi e superfici industriali'],
    requirements: ['esperienza nelle pulizie professionali (gradita)', 'puntualità e affidabilità', 'disponibilità a lavorare la mattina presto o la sera'],
    perks: ['prodotti e attrezzature forniti dall’azienda', 'rimborso degli spostamenti tra i cantieri'],
    contractTypes: [['fixed-term', 4], ['permanent', 4], ['temporary-agency', 2]],
    hours: [[15, 2], [20, 3], [25, 2], [30, 2], [40, 1]], pay: [1300, 1500], italianLevels: ['A1', 'A2', 'A2'], licences: [0.25, ['B']],
  },
  warehouse: {
    duties: ['carico e scarico merci', 'prelievo e preparazione degli ordini con lettore barcode', 'conduzione di carrello elevatore e transpallet elettrico', 'controllo della merce in entrata e in uscita', 'imballaggio ed etichettatura dei colli', 'inventari periodici'],
    requirements: ['patentino per carrello elevatore in corso di validità', 'esperienza in magazzino', 'disponibilità a turni su tre fasce orarie'],
    perks: ['maggiorazioni per turno notturno', 'mensa aziendale'],
    contractTypes: [['temporary-agency', 4], ['fixed-term', 4], ['permanent', 2]],
    hours: [[40, 8], [30, 1], [20, 1]], pay: [1400, 1750], italianLevels: ['A2', 'A2', 'B1'], licences: [0.1, ['B']],
  },
  driving: {
    duties: ['consegna di merci ai clienti secondo il giro assegnato', 'carico e scarico del mezzo', 'controllo dei documenti di trasporto', 'cura e piccola manutenzione del veicolo'],
    requirements: ['carta di qualificazione del conducente (CQC) per i mezzi pesanti', 'conoscenza delle strade della provincia', 'esperienza come autista'],
    perks: ['indennità di trasferta', 'mezzo aziendale recente'],
    contractTypes: [['permanent', 4], ['fixed-term', 4], ['temporary-agency', 2]],
    hours: [[40, 8], [39, 2]], pay: [1600, 2300], italianLevels: ['A2', 'B1', 'B1'], licences: [1, ['B', 'C', 'CE']],
  },
  production: {
    duties: ['conduzione di macchine utensili e linee di produzione', 'carico dei pezzi e controllo visivo della qualità', 'saldatura e assemblaggio di componenti', 'attrezzaggio delle macchine secondo le schede di lavoro', 'pulizia della postazione e piccola manutenzione'],
    requirements: ['esperienza in ambito metalmeccanico o plastico', 'capacità di leggere il disegno meccanico e usare gli strumenti di misura', 'disponibilità al lavoro su turni'],
    perks: ['premio di produzione', 'mensa aziendale', 'percorso di formazione interna'],
    contractTypes: [['temporary-agency', 3], ['fixed-term', 4], ['permanent', 2], ['apprenticeship', 1]],
    hours: fullTime, pay: [1500, 2000], italianLevels: ['A2', 'B1', 'B1'], licences: [0.05, ['B']],
  },
  foodProcessing: {
    duties: ['lavorazione e confezionamento dei prodotti alimentari', 'conduzione delle macchine di linea', 'controllo di pesi, temperature e scadenze', 'sanificazione degli impianti a fine turno secondo il piano HACCP', 'taglio e porzionatura delle carni'],
    requirements: ['attestato HACCP', 'disponibilità a lavorare in ambienti refrigerati', 'disponibilità a turni anche notturni'],
    perks: ['mensa aziendale', 'abbigliamento da lavoro fornito'],
    contractTypes: [['fixed-term', 4], ['temporary-agency', 3], ['seasonal', 2], ['permanent', 1]],
    hours: [[40, 8], [36, 1], [30, 1]], pay: [1400, 1800], italianLevels: ['A2', 'A2', 'B1'], licences: [0.05, ['B']],
  },
  retail: {
    duties: ['assistenza ai clienti in negozio', 'gestione della cassa', 'rifornimento degli scaffali e controllo delle scadenze', 'allestimento delle vetrine e dei reparti', 'ricevimento merce'],
    requirements: ['esperienza nella vendita o nella grande distribuzione', 'orientamento al cliente', 'disponibilità nei fine settimana'],
    perks: ['sconti per i dipendenti', 'formazione iniziale retribuita'],
    contractTypes: [['fixed-term', 4], ['permanent', 3], ['apprenticeship', 2], ['internship', 1]],
    hours: [[40, 3], [30, 3], [24, 3], [20, 1]], pay: [1400, 1650], italianLevels: ['B1', 'B1', 'B2'], licences: [0, []],
  },
  skilledService: {
    duties: ['svolgimento delle attività proprie del ruolo in autonomia', 'gestione del rapporto con clienti e utenti', 'utilizzo corretto di strumenti e attrezzature', 'aggiornamento della documentazione di lavoro'],
    requirements: ['esperienza nel ruolo', 'titolo di studio o qualifica coerente (anche conseguito all’estero, se riconosciuto)', 'ottime capacità relazionali'],
    perks: ['orario stabile', 'percorso di crescita professionale'],
    contractTypes: [['permanent', 4], ['fixed-term', 4], ['apprenticeship', 1], ['internship', 1]],
    hours: [[40, 5], [36, 2], [30, 2], [20, 1]], pay: [1500, 2400], italianLevels: ['B1', 'B2', 'C1'], licences: [0.2, ['B']],
  },
  mediation: {
    duties: ['mediazione linguistico-culturale presso servizi sanitari, scuole e sportelli', 'traduzione di documenti e comunicazioni agli utenti', 'accompagnamento delle persone ai servizi del territorio', 'supporto agli operatori nei colloqui di orientamento'],
    requirements: ['ottima conoscenza dell’italiano e di almeno una lingua tra arabo, francese e inglese', 'attestato di mediatore interculturale', 'esperienza nel sociale'],
    perks: ['rimborso chilometrico', 'supervisione e formazione continua'],
    contractTypes: [['fixed-term', 5], ['permanent', 2], ['other', 3]],
    hours: [[20, 3], [25, 2], [30, 3], [38, 2]], pay: [1550, 1850], italianLevels: ['B2', 'C1', 'C1'], licences: [0.3, ['B']],
  },
};
