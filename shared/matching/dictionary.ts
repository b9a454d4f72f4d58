// The built-in synonym dictionary: roles and skills of the steel-cord plant and of the upper
// Valdarno's employers, in Italian as counselors and employers write them (with the English words
// that turn up in job ads). Each group is one thing for matching: a worker whose skill or former
// role names any term of a group has every term of it. The coordinator extends it (settings.ts).
import type { Licence } from '../domain/vocabulary';

export const DEFAULT_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // The plant's own trades
  ['trafilatura', 'trafilatore', 'trafilatrice', 'operatore di trafilatura', 'trafila', 'trafilatura a umido', 'trafilatura a secco', 'wire drawing'],
  ['cordatura', 'cordatore', 'cordatrice', 'operatore di cordatura', 'cordatrici doppia torsione', 'trefolatura', 'steel cord', 'linea cavi', 'cordicella metallica'],
  ['lavorazione del filo', 'filo d acciaio', 'trafilatura', 'cordatura', 'molle e filo', 'steel cord'],
  ['trattamenti termici', 'patentamento', 'tempra', 'forno di trattamento', 'conduzione forni'],
  ['galvanica', 'ottonatura', 'impianto galvanico', 'trattamenti galvanici', 'gestione bagni chimici'],
  ['imballaggio', 'confezionamento', 'packaging', 'imballo'],
  ['bobinatura', 'bobinatrice', 'avvolgimento bobine'],
  ['coordinamento squadre', 'capoturno', 'caposquadra', 'capo reparto', 'gestione del personale'],
  ['conduzione impianti automatizzati', 'operatore di macchine automatiche', 'conduttore di macchine', 'conduzione macchine', 'conduzione linee', 'operatore di linea'],
  ['attrezzaggio macchine', 'attrezzista', 'cambio formato', 'set up macchine', 'cambio filiere'],
  ['controllo dimensionale', 'micrometro e calibri', 'metrologia', 'strumentazione di misura'],
  // Maintenance
  ['manutenzione meccanica', 'manutentore meccanico', 'meccanico di manutenzione', 'manutenzione industriale', 'riduttori e trasmissioni'],
  ['manutenzione elettrica', 'manutentore elettrico', 'manutenzione elettrica ed elettronica', 'elettricista industriale', 'elettromeccanico', 'impianti industriali'],
  ['manutenzione preventiva', 'manutenzione programmata', 'manutenzione ordinaria'],
  ['manutenzione generale', 'manutentore di struttura', 'tuttofare', 'piccola manutenzione'],
  ['impianti elettrici civili', 'elettricista', 'elettricista impiantista', 'impiantista elettrico'],
  ['quadri elettrici', 'cablaggio quadri', 'quadrista', 'lettura schemi elettrici', 'schemi elettrici'],
  ['plc', 'plc siemens s7', 'programmazione plc', 'automazione industriale'],
  ['oleodinamica', 'idraulica industriale', 'pneumatica'],
  // Machining, welding, steelwork
  ['tornitura', 'tornitore', 'tornio', 'tornitore cnc'],
  ['fresatura', 'fresatore', 'fresa'],
  ['programmazione cnc', 'cnc', 'controllo numerico', 'fanuc', 'heidenhain'],
  ['lettura disegno tecnico', 'disegno tecnico', 'disegno meccanico', 'lettura disegni'],
  ['saldatura', 'saldatore', 'saldatura a filo', 'saldatura mig mag', 'saldatura a filo continuo', 'saldatura tig', 'saldatura a elettrodo', 'welding'],
  ['carpenteria metallica', 'carpentiere metallico', 'carpentiere', 'strutture metalliche'],
  ['montaggio meccanico', 'montatore meccanico', 'montatore', 'assemblaggio meccanico'],
  // Quality and laboratory
  ['controllo qualita', 'addetto controllo qualita', 'collaudo', 'collaudatore', 'ispezione qualita', 'quality control', 'iso 9001'],
  ['prove di laboratorio', 'tecnico di laboratorio', 'prove di trazione', 'analisi chimiche', 'metallografia'],
  // Logistics and transport
  ['conduzione carrelli elevatori', 'carrellista', 'carrello elevatore', 'carrelli elevatori', 'muletto', 'mulettista', 'forklift'],
  ['magazzino', 'magazziniere', 'gestione magazzino', 'gestione inventario', 'warehouse'],
  ['preparazione ordini', 'picking', 'allestimento ordini', 'terminale rf'],
  ['carico e scarico merci', 'movimentazione merci', 'movimentazione carichi', 'facchinaggio'],
  ['logistica', 'spedizioni', 'gestione documenti di trasporto', 'ddt'],
  ['guida mezzi pesanti', 'autista', 'camionista', 'autotrasportatore', 'guida camion'],
  ['carroponte', 'gru a ponte', 'carriponte', 'gruista'],
  // Offices
  ['amministrazione', 'impiegato amministrativo', 'contabilita generale', 'fatturazione', 'paghe e contributi'],
  ['acquisti', 'ufficio acquisti', 'buyer', 'gestione fornitori'],
  ['pianificazione della produzione', 'programmatore della produzione', 'programmazione della produzione', 'mrp', 'pianificazione turni'],
  ['lean manufacturing', 'lean', '5s', 'kaizen', 'six sigma'],
  ['sicurezza sul lavoro', 'sicurezza', 'rspp', 'dlgs 81 08'],
  ['inglese', 'inglese tecnico', 'inglese commerciale', 'english'],
  ['excel', 'fogli di calcolo', 'office', 'word'],
  // The area's other industries
  ['edilizia', 'manovale edile', 'muratura', 'muratore', 'carpenteria edile', 'cantiere edile'],
  ['produzione alimentare', 'industria alimentare', 'igiene degli alimenti', 'panificazione'],
  ['imbottigliamento', 'linea di imbottigliamento', 'lavori di cantina', 'cantiniere'],
  ['taglio pelle', 'montaggio pelletteria', 'pelletteria', 'cucitura a macchina', 'orlatura', 'montaggio calzature'],
  ['pulizie industriali', 'pulizie', 'uso lavasciuga', 'sanificazione'],
];

/** Words that name a licence in course titles and skills, so courses can close a licence gap. */
export const LICENCE_TERMS: Readonly<Record<Licence, readonly string[]>> = {
  patente_b: ['patente b'],
  patente_c: ['patente c'],
  patente_ce: ['patente ce', 'patente c e'],
  patente_d: ['patente d'],
  cqc: ['cqc', 'carta di qualificazione del conducente'],
  adr: ['adr', 'merci pericolose'],
  forklift: ['carrello elevatore', 'carrelli elevatori', 'muletto', 'conduzione carrelli elevatori'],
  ple: ['ple', 'piattaforme elevabili', 'piattaforma di lavoro elevabile'],
  crane: ['gru', 'carroponte', 'gru a ponte'],
  welding: ['patentino di saldatura', 'saldatura', 'saldatore'],
  pes_pav: ['pes pav', 'pes', 'pav', 'lavori elettrici', 'cei 11 27'],
  first_aid: ['primo soccorso'],
  fire_safety: ['antincendio', 'addetto antincendio'],
  haccp: ['haccp', 'igiene degli alimenti'],
};
