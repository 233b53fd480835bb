/**
 * Function words, plus the words every job advert or CV repeats ("lavoro", "experience"). Without a
 * corpus-wide IDF (which would make scores depend on what else is indexed) these would dominate.
 */
const lists: Record<string, string> = {
  it: `a ad al alla alle allo ai agli anche avere che chi con cui da dal dalla dalle dai degli dei del della delle dello di
    e ed è essere fra gli ha hanno i il in la le lo loro ma mi ne nei nel nella nelle no noi non o per più po poi qua
    quale quando questo questa questi queste se si sia siamo sono su sua sue suo suoi sul sulla tra tu un una uno vi
    anni anno lavoro lavorare esperienza cerchiamo cerca ricerca ricerchiamo azienda offre offriamo richiesta richiesti
    richiesto requisiti candidato candidata candidati figura persona settore ruolo zona presso tempo ottima buona`,
  en: `a an and are as at be been by for from had has have he her his i in is it its me my of on or our she so than that
    the their them they this to was we were will with you your years year work worked working experience job looking
    company role position candidate good excellent strong ability able`,
  fr: `a au aux avec ce ces dans de des du elle en est et il ils je la le les leur lui ma mais me mes ne nous on ou par pas
    pour qui que sa se ses son sur ta te tes ton un une vous ans an travail travaillé expérience emploi poste entreprise
    recherche bonne bon`,
  es: `a al como con de del el ella en es esta este la las lo los mi mis no o para pero por que se su sus un una y años año
    trabajo trabajé experiencia empleo puesto empresa busco buscamos buena bueno`,
  ar: `في من على إلى الى عن مع هذا هذه ذلك التي الذي و أو او ثم كان كانت لقد قد لا ما لم لن أنا انا نحن هو هي عمل عملت خبرة سنوات سنة`,
};

export const stopwords: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(lists).map(([lang, words]) => [lang, new Set(words.split(/\s+/).filter(Boolean))]),
);
