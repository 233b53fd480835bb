import type { Lang } from '../taxonomy.types.js';

/** Function words per language, already case- and accent-folded (see text-fold.ts). Kept short on purpose: only words that never name a skill. */
const words: Record<Lang, string> = {
  en: `a an the and or nor but if then else of in on at to for from by with without within into onto over under about
    as is are was were be been being am do does did doing have has had having i me my we our us you your he him his she
    her it its they them their this that these those there here who whom whose which what when where why how all any
    both each few more most other some such no not only own same so than too very can will just should would could may
    might must shall also etc e g ie eg per via plus well able including include includes us our ours yours`,
  it: `il lo la i gli le un uno una di a da in con su per tra fra e ed o od ma se che chi cui non piu come anche del
    dello della dei degli delle al allo alla ai agli alle dal dallo dalla dai dagli dalle nel nello nella nei negli
    nelle sul sullo sulla sui sugli sulle col coi dell all dall nell sull quest quell questo questa questi queste
    quello quella quelli quelle sono e stato stata essere ha hanno ho abbiamo avere si ci vi ne mi ti lui lei noi voi
    loro suo sua suoi sue nostro nostra mio mia tuo tua molto poco ogni tutto tutti tutte etc presso`,
  fr: `le la les l un une des du de d a au aux en et ou mais si que qu qui quoi dont ou ne pas plus par pour sur
    sous avec sans dans chez ce cet cette ces se s son sa ses leur leurs notre nos votre vos mon ma mes il elle ils elles
    nous vous on je tu est sont etre avoir a ont fait tres aussi tout tous toute toutes y etc`,
  es: `el la los las un una unos unas de del al a en con sin por para y e o u pero si que quien cual cuyo no mas como
    tambien muy su sus se le les lo nos os mi mis tu tus este esta estos estas ese esa esos esas aquel es son ser estar
    esta estan ha han haber hay sobre entre hasta desde todo todos toda todas etc`,
  ar: `في من الى علي عن مع او و ثم ان هذا هذه ذلك تلك التي الذي الذين هو هي هم كان كانت يكون قد لا ما لم لن كل بعض
    غير بين عند`,
};

const sets = Object.fromEntries(
  (Object.keys(words) as Lang[]).map((lang) => [lang, new Set(words[lang].split(/\s+/).filter(Boolean))]),
) as unknown as Record<Lang, ReadonlySet<string>>;

export function isStopword(token: string, lang: Lang): boolean {
  return sets[lang].has(token);
}

export function stopwordSet(lang: Lang): ReadonlySet<string> {
  return sets[lang];
}
