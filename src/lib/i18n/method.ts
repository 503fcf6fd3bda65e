export interface MethodSection {
  id: string;
  heading: string;
  body: string;
}

export const METHOD: Record<
  'en' | 'fr',
  { title: string; close: string; link: string; sections: MethodSection[] }
> = {
  en: {
    title: 'How the atlas computes and shows its figures',
    close: 'Back to the atlas',
    link: 'Method',
    sections: [
      {
        id: 'share',
        heading: '1. Women’s share',
        body: 'Where a source publishes counts of women and of men, the share is women ÷ (women + men). Where it publishes women and a total only, the share is women ÷ total. Every computed share says which of the two it is and shows the counts behind it.',
      },
      {
        id: 'group',
        heading: '2. Group shares',
        body: 'A group share (a subregion, a market) pools counts: the women of the States in the group are added, and so are their women + men; the pooled share is one divided by the other. Only States that publish both women and men enter the pool. The median of the States’ own shares is shown beside it, so one large State cannot hide the others.',
      },
      {
        id: 'years',
        heading: '3. Years',
        body: 'When the period covers several years, each State contributes its latest year with a figure, and the view states which year it uses for each State. Years without a figure are left empty: nothing is interpolated or carried forward.',
      },
      {
        id: 'suppressed',
        heading: '4. Suppressed counts',
        body: 'Counts the publisher shows as “<5” are kept as suppressed: never read as zero or five. They are left out of every sum, and the number of States left out is shown.',
      },
      {
        id: 'separate',
        heading: '5. Figures that are never added together',
        body: 'Figures of different justice stages, different definitions or different sources are shown side by side, never added. Ranges stay ranges and bounds stay bounds (“up to”, “less than”, “more than”): they are drawn as intervals or one-sided bars, never as points.',
      },
      {
        id: 'definitions',
        heading: '6. Comparing States',
        body: 'Legal definitions of trafficking, of organized crime and of each justice stage differ between States, and so do recording practices. Cross-State comparisons show what is published, not a harmonised measure.',
      },
      {
        id: 'context',
        heading: '7. Context scores',
        body: 'The GI-TOC Global Organized Crime Index scores describe how prevalent a criminal market is and how resilient a State is. They are expert ratings, not broken down by sex, and are labelled as context wherever they appear.',
      },
      {
        id: 'gaps',
        heading: '8. Missing data',
        body: 'Missing data is shown as missing (hatched or marked “no figure”), never as zero. The data gaps view shows, for every State, stage and year, whether figures by sex exist, only totals, or nothing.',
      },
    ],
  },
  fr: {
    title: "Comment l'atlas calcule et présente ses chiffres",
    close: "Retour à l'atlas",
    link: 'Méthode',
    sections: [
      {
        id: 'share',
        heading: '1. Part des femmes',
        body: "Lorsqu'une source publie les effectifs de femmes et d'hommes, la part est femmes ÷ (femmes + hommes). Lorsqu'elle ne publie que les femmes et un total, la part est femmes ÷ total. Chaque part calculée indique laquelle des deux elle est et montre les effectifs utilisés.",
      },
      {
        id: 'group',
        heading: '2. Parts de groupe',
        body: "Une part de groupe (sous-région, marché) agrège les effectifs : on additionne les femmes des États du groupe, et leurs femmes + hommes ; la part agrégée est le rapport des deux. Seuls les États qui publient femmes et hommes entrent dans l'agrégat. La médiane des parts des États figure à côté, pour qu'un grand État ne masque pas les autres.",
      },
      {
        id: 'years',
        heading: '3. Années',
        body: "Lorsque la période couvre plusieurs années, chaque État contribue pour sa dernière année avec un chiffre, et la vue indique l'année utilisée pour chaque État. Les années sans chiffre restent vides : rien n'est interpolé ni reporté.",
      },
      {
        id: 'suppressed',
        heading: '4. Effectifs masqués',
        body: "Les effectifs que l'éditeur affiche « <5 » restent masqués : jamais lus comme zéro ou cinq. Ils sont exclus de toute somme, et le nombre d'États exclus est indiqué.",
      },
      {
        id: 'separate',
        heading: '5. Chiffres jamais additionnés',
        body: "Les chiffres d'étapes pénales, de définitions ou de sources différentes sont présentés côte à côte, jamais additionnés. Les fourchettes restent des fourchettes et les bornes des bornes (« jusqu'à », « moins de », « plus de ») : elles sont dessinées comme des intervalles ou des barres ouvertes, jamais comme des points.",
      },
      {
        id: 'definitions',
        heading: '6. Comparer les États',
        body: "Les définitions juridiques de la traite, de la criminalité organisée et de chaque étape pénale diffèrent d'un État à l'autre, tout comme les pratiques d'enregistrement. Les comparaisons montrent ce qui est publié, pas une mesure harmonisée.",
      },
      {
        id: 'context',
        heading: '7. Notes de contexte',
        body: "Les notes de l'Indice mondial de la criminalité organisée (GI-TOC) décrivent la prévalence d'un marché criminel et la résilience d'un État. Ce sont des évaluations d'experts, non ventilées par sexe, signalées comme contexte partout où elles apparaissent.",
      },
      {
        id: 'gaps',
        heading: '8. Données manquantes',
        body: "Les données manquantes apparaissent comme manquantes (hachures ou mention « aucun chiffre »), jamais comme zéro. La vue des lacunes montre, pour chaque État, étape et année, s'il existe des chiffres par sexe, seulement des totaux, ou rien.",
      },
    ],
  },
};
