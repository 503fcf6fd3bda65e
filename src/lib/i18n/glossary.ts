import type { Lang } from '../model/lang';

/**
 * The atlas's key terms in each language and where each rendering comes from. English is the
 * reference. French, Russian and Spanish follow United Nations terminology (UNTERM, the official
 * texts of the Palermo Protocols and UNODC's publications in those languages); German and Italian,
 * which are not UN languages, follow the legal terms established in the States that use them.
 * A unit test checks that the catalogue entries listed under `usedIn` contain the term (or the
 * stem given, where the sentence inflects it).
 */
export interface GlossaryTerm {
  id: string;
  term: Record<Lang, string>;
  /** The part of the term every listed entry must contain, where grammar changes its ending. */
  stem?: Partial<Record<Lang, string>>;
  basis: Record<Lang, string>;
  /** Catalogue entries that render the term: `messages.<key>` or `vocab.<vocabulary>.<code>`. */
  usedIn: string[];
}

const UN = 'UN terminology (UNTERM)';
const PALERMO = 'official text of the Palermo Protocols (2000)';

export const GLOSSARY: GlossaryTerm[] = [
  {
    id: 'trafficking_in_persons',
    term: {
      en: 'trafficking in persons',
      fr: 'traite des personnes',
      de: 'Menschenhandel',
      it: 'tratta di persone',
      ru: 'торговля людьми',
      es: 'trata de personas',
    },
    stem: { en: 'trafficking' },
    basis: {
      en: PALERMO,
      fr: PALERMO,
      de: '§ 232 StGB (Germany), § 104a StGB (Austria), Art. 182 StGB (Switzerland)',
      it: 'art. 601 codice penale (tratta di persone)',
      ru: PALERMO,
      es: PALERMO,
    },
    usedIn: ['messages.offence_human_trafficking', 'vocab.market.human_trafficking'],
  },
  {
    id: 'smuggling_of_migrants',
    term: {
      en: 'smuggling of migrants',
      fr: 'trafic illicite de migrants',
      de: 'Schleusung von Migranten',
      it: 'traffico di migranti',
      ru: 'незаконный ввоз мигрантов',
      es: 'tráfico ilícito de migrantes',
    },
    stem: { en: 'smuggling' },
    basis: {
      en: PALERMO,
      fr: PALERMO,
      de: 'Einschleusen von Ausländern, § 96 AufenthG (Germany); usage of the German federal police',
      it: 'traffico di migranti, legge 146/2006 ratifying the Palermo Convention and Protocols',
      ru: PALERMO,
      es: PALERMO,
    },
    usedIn: ['vocab.market.human_smuggling'],
  },
  {
    id: 'organized_criminal_group',
    term: {
      en: 'organized criminal group',
      fr: 'groupe criminel organisé',
      de: 'organisierte kriminelle Gruppe',
      it: 'gruppo criminale organizzato',
      ru: 'организованная преступная группа',
      es: 'grupo delictivo organizado',
    },
    stem: { de: 'kriminellen Gruppe', ru: 'преступной групп' },
    basis: {
      en: 'United Nations Convention against Transnational Organized Crime, art. 2',
      fr: UN,
      de: 'German translation of the Palermo Convention (BGBl. 2005 II)',
      it: 'Italian translation of the Palermo Convention (legge 146/2006)',
      ru: UN,
      es: UN,
    },
    usedIn: ['vocab.market.participation_in_ocg'],
  },
  {
    id: 'formal_contact',
    term: {
      en: 'formal contact with the police',
      fr: 'contact formel avec la police',
      de: 'formeller Kontakt mit der Polizei',
      it: 'contatto formale con la polizia',
      ru: 'официальный контакт с полицией',
      es: 'contacto formal con la policía',
    },
    stem: {
      en: 'formal contact',
      fr: 'contact formel',
      de: 'formelle',
      it: 'contatto formale',
      ru: 'официальный контакт',
      es: 'contacto formal',
    },
    basis: {
      en: 'UNODC Crime Trends Survey (UN-CTS)',
      fr: 'UNODC, UN-CTS questionnaire in French',
      de: "the project's own rendering of the UN-CTS term (no official German text)",
      it: "the project's own rendering of the UN-CTS term (no official Italian text)",
      ru: 'UNODC, UN-CTS questionnaire in Russian',
      es: 'UNODC, UN-CTS questionnaire in Spanish',
    },
    usedIn: ['vocab.stage.formal_contact', 'messages.series_formal_contact'],
  },
  {
    id: 'prosecuted',
    term: {
      en: 'prosecuted',
      fr: 'poursuivi',
      de: 'strafrechtlich verfolgt',
      it: 'perseguito',
      ru: 'подвергнутый уголовному преследованию',
      es: 'enjuiciado',
    },
    stem: { it: 'perseguit', ru: 'преследовани', es: 'enjuiciad' },
    basis: {
      en: 'UNODC Crime Trends Survey (UN-CTS)',
      fr: 'UNODC, UN-CTS questionnaire in French',
      de: 'Strafverfolgung (StPO)',
      it: 'esercizio dell’azione penale (art. 112 Costituzione)',
      ru: 'UNODC, UN-CTS questionnaire in Russian',
      es: 'UNODC, UN-CTS questionnaire in Spanish',
    },
    usedIn: ['vocab.stage.prosecuted', 'messages.series_prosecuted'],
  },
  {
    id: 'convicted',
    term: {
      en: 'convicted',
      fr: 'condamné',
      de: 'verurteilt',
      it: 'condannato',
      ru: 'осужденный',
      es: 'condenado',
    },
    stem: { fr: 'condamn', it: 'condannat', ru: 'осужден', es: 'condenad' },
    basis: {
      en: 'UNODC Crime Trends Survey (UN-CTS)',
      fr: 'UNODC, UN-CTS questionnaire in French',
      de: 'Verurteilung (StGB, Strafverfolgungsstatistik)',
      it: 'condanna (codice di procedura penale)',
      ru: 'UNODC, UN-CTS questionnaire in Russian',
      es: 'UNODC, UN-CTS questionnaire in Spanish',
    },
    usedIn: ['vocab.stage.convicted', 'messages.series_convicted'],
  },
  {
    id: 'share_of_women',
    term: {
      en: "women's share",
      fr: 'part des femmes',
      de: 'Frauenanteil',
      it: 'quota di donne',
      ru: 'доля женщин',
      es: 'proporción de mujeres',
    },
    basis: {
      en: "the atlas's reference text",
      fr: 'usage of UN Women and the OSCE in French',
      de: 'usage of the German Federal Statistical Office (Frauenanteil)',
      it: 'usage of ISTAT (quota di donne)',
      ru: 'usage of UN Women and the OSCE in Russian',
      es: 'usage of UN Women and the OSCE in Spanish',
    },
    usedIn: ['messages.axisShare', 'messages.legendTitle', 'messages.columnShare'],
  },
  {
    id: 'participating_state',
    term: {
      en: 'participating State',
      fr: 'État participant',
      de: 'Teilnehmerstaat',
      it: 'Stato partecipante',
      ru: 'государство-участник',
      es: 'Estado participante',
    },
    stem: {
      en: 'participating States',
      fr: 'États participants',
      de: 'Teilnehmerstaaten',
      it: 'Stati partecipanti',
      ru: 'государств-участников',
      es: 'Estados participantes',
    },
    basis: {
      en: 'OSCE usage',
      fr: 'OSCE usage',
      de: 'OSCE usage',
      it: 'OSCE usage',
      ru: 'OSCE usage',
      es: 'OSCE usage',
    },
    usedIn: ['messages.summaryMissingAll', 'messages.noteNoDataStates'],
  },
  {
    id: 'witness_protection',
    term: {
      en: 'witness protection',
      fr: 'protection des témoins',
      de: 'Zeugenschutz',
      it: 'protezione dei testimoni',
      ru: 'защита свидетелей',
      es: 'protección de testigos',
    },
    basis: {
      en: 'United Nations Convention against Transnational Organized Crime, art. 24',
      fr: UN,
      de: 'Zeugenschutz-Harmonisierungsgesetz (Germany)',
      it: 'legge 82/1991 (protezione dei testimoni di giustizia)',
      ru: UN,
      es: UN,
    },
    usedIn: ['vocab.stage.witness_protection'],
  },
  {
    id: 'criminal_market',
    term: {
      en: 'criminal market',
      fr: 'marché criminel',
      de: 'krimineller Markt',
      it: 'mercato criminale',
      ru: 'преступный рынок',
      es: 'mercado delictivo',
    },
    basis: {
      en: 'GI-TOC Global Organized Crime Index',
      fr: 'GI-TOC, French edition of the Index',
      de: "the project's own rendering (GI-TOC publishes no German text)",
      it: "the project's own rendering (GI-TOC publishes no Italian text)",
      ru: "the project's own rendering; «преступный» as in UN texts on organized crime",
      es: 'GI-TOC, Spanish edition of the Index; «delictivo» as in UN texts',
    },
    usedIn: ['vocab.indicator_kind.market', 'messages.filterMarket'],
  },
  {
    id: 'suppressed',
    term: {
      en: 'suppressed',
      fr: 'confidentiel',
      de: 'Geheimhaltung',
      it: 'riservat',
      ru: 'конфиденциальн',
      es: 'confidencial',
    },
    basis: {
      en: 'statistical disclosure control (Eurostat): a cell suppressed for confidentiality',
      fr: 'secret statistique (loi n° 51-711, INSEE): « données confidentielles », not « masquées »',
      de: 'statistische Geheimhaltung (§ 16 BStatG, Destatis: „Geheimhaltung“), not „geheim gehalten“',
      it: 'segreto statistico (d.lgs. 322/1989, ISTAT: «dato riservato»), not «oscurato»',
      ru: 'конфиденциальность первичных статистических данных (Федеральный закон № 282-ФЗ, Росстат), not «скрыто»',
      es: 'secreto estadístico (Ley 12/1989, INE: «dato confidencial»), not «suprimido»',
    },
    usedIn: [
      'messages.legendSuppressed',
      'vocab.qualifier.suppressed',
      'messages.tooltipSuppressed',
      'vocab.coverage_status.suppressed',
    ],
  },
  {
    id: 'publisher_of_statistics',
    term: {
      en: 'publisher',
      fr: 'organisme producteur',
      de: 'veröffentlichende Stelle',
      it: 'ente produttore',
      ru: 'источник данных',
      es: 'organismo productor',
    },
    stem: { de: 'veröffentlichende', ru: 'источник' },
    basis: {
      en: 'the body that publishes a statistic',
      fr: 'usage of the statistical system (INSEE, Eurostat: « organisme producteur »); « éditeur » is a book publisher',
      de: 'usage of official statistics; „Herausgeber“ suggests a book or press publisher',
      it: 'usage of Sistan/ISTAT («enti produttori»); «editore» is a book publisher',
      ru: 'usage of Rosstat and SDMX («источник данных»); «публикатор» is not a word of official statistics',
      es: 'usage of INE and Eurostat («organismo productor»); «editor» is a book publisher',
    },
    usedIn: ['messages.noteSuppressed', 'messages.issue_suppressed_empty'],
  },
];
