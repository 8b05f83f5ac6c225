/**
 * Demo content for a fresh Terrain workspace: invented people, interviews and coded transcripts
 * that follow the field brief (Coalition Next case study). Pure data, no side effects.
 *
 * Every person below is fictitious. The interviewees stand in for the eight interview slots of the
 * field study (positions and organisations from the seed), never for the real people. All texts are
 * written for the demo, in French spoken register, with the typographic apostrophe (’) throughout.
 *
 * Rules the data respects (checked by a throwaway script during authoring):
 * - each coding quote is an exact, unique substring of exactly one turn of its interview;
 * - every code key is a seed taxonomy id or one of `demoLeverCodes`;
 * - a coding linked to a project carries only the challenge codes that the seed attributes to that
 *   project explicitly; nothing is linked to DirectoSanté with a challenge code;
 * - every personal name printed in a transcript is a `DemoPerson` full name or alias.
 */

export type DemoRole = 'interviewer' | 'interviewee';

export interface DemoPerson {
  key: string;
  fullName: string;
  pseudonym: string;
  position: string;
  organisation: string;
  hierarchyLevel: 'field' | 'middle' | 'strategic';
  aliases: string[];
}

export interface DemoTurn {
  speaker: string;
  role: DemoRole;
  text: string;
}

export interface DemoCoding {
  quote: string;
  codes: string[];
  projects: string[];
  memo?: string;
  important?: boolean;
}

export interface DemoInterview {
  key: string;
  personKey: string;
  title: string;
  date: string;
  place: string;
  mode: 'on-site' | 'video' | 'phone';
  interviewer: string;
  status: 'planned' | 'conducted' | 'transcribed' | 'coded' | 'validated';
  topic: string;
  projects: string[];
  transcript: { turns: DemoTurn[]; codings: DemoCoding[] } | null;
}

const P_OCTOPIZE = 'octopize-roche-chu-brest';
const P_ADLIN = 'adlin-science';
const P_GUTYCARE = 'gutycare-takeda-norgine-chu-brest-vivalto';
const P_DIRECTOSANTE = 'directosante-pfizer';

const INTERVIEWER_NAME = 'Solène Kerbrat';
const I = 'Intervieweuse';

// ---------------------------------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------------------------------

export const demoPeople: DemoPerson[] = [
  {
    key: 'p-int-01',
    fullName: 'Aurélie Dumontet',
    pseudonym: 'Pharma-1',
    position: 'Responsable de l’acquisition de données et des processus innovants',
    organisation: 'roche',
    hierarchyLevel: 'middle',
    aliases: ['Aurélie', 'Dumontet', 'Aurelie', 'Mme Dumontet'],
  },
  {
    key: 'p-int-02',
    fullName: 'Erwan Kerdraon',
    pseudonym: 'Hôpital-1',
    position: 'Responsable de la cellule innovation',
    organisation: 'chu-de-brest',
    hierarchyLevel: 'middle',
    aliases: ['Erwan', 'Kerdraon', 'Kerdrahon'],
  },
  {
    key: 'p-int-03',
    fullName: 'Olivier Castagné',
    pseudonym: 'Syndicat-1',
    position: 'Vice-président du comité santé',
    organisation: 'numeum',
    hierarchyLevel: 'strategic',
    aliases: ['Olivier', 'Castagné', 'Castagne'],
  },
  {
    key: 'p-int-04',
    fullName: 'Sandrine Peyrol',
    pseudonym: 'Pôle-1',
    position: 'Responsable santé numérique',
    organisation: 'medicen-paris-region',
    hierarchyLevel: 'middle',
    aliases: ['Sandrine', 'Peyrol', 'Peyrolle'],
  },
  {
    key: 'p-int-05',
    fullName: 'Mélanie Arnoult',
    pseudonym: 'Patients-1',
    position: 'Pharmacienne, responsable santé numérique',
    organisation: 'france-assos-sante',
    hierarchyLevel: 'middle',
    aliases: ['Mélanie', 'Arnoult', 'Melanie', 'Mél'],
  },
  {
    key: 'p-int-06',
    fullName: 'Guillaume Trémintin',
    pseudonym: 'Clinique-1',
    position: 'Responsable innovation du groupe',
    organisation: 'vivalto-sante',
    hierarchyLevel: 'middle',
    aliases: ['Guillaume', 'Trémintin', 'Tremintin'],
  },
  {
    key: 'p-int-07',
    fullName: 'Karim Benslimane',
    pseudonym: 'Startup-1',
    position: 'Président-directeur général (CEO), cofondateur',
    organisation: 'adlin-science',
    hierarchyLevel: 'strategic',
    aliases: ['Karim', 'Benslimane', 'Ben Slimane'],
  },
  {
    key: 'p-int-08',
    fullName: 'Laurent Duvignau',
    pseudonym: 'Conseil-1',
    position: 'Cofondateur',
    organisation: 'digital-pharma-lab',
    hierarchyLevel: 'strategic',
    aliases: ['Laurent', 'Duvignau', 'Duvigneau'],
  },
  {
    key: 'p-interviewer',
    fullName: INTERVIEWER_NAME,
    pseudonym: 'Conseil-2',
    position: 'Consultante en santé numérique',
    organisation: 'digital-pharma-lab',
    hierarchyLevel: 'middle',
    aliases: ['Solène', 'Kerbrat', 'Solene'],
  },
  {
    key: 'p-colleague-1',
    fullName: 'Patrick Quéméner',
    pseudonym: 'Hôpital-2',
    position: 'Directeur des systèmes d’information',
    organisation: 'chu-de-brest',
    hierarchyLevel: 'middle',
    aliases: ['Patrick', 'Quéméner', 'Quemener'],
  },
  {
    key: 'p-colleague-2',
    fullName: 'Gwenaëlle Tanguy',
    pseudonym: 'Hôpital-3',
    position: 'Infirmière en hépato-gastro-entérologie',
    organisation: 'chu-de-brest',
    hierarchyLevel: 'field',
    aliases: ['Gwenaëlle', 'Gwen', 'Tanguy', 'Gwenaelle'],
  },
  {
    key: 'p-colleague-3',
    fullName: 'Julien Rioual',
    pseudonym: 'Startup-2',
    position: 'Directeur technique (CTO)',
    organisation: 'octopize',
    hierarchyLevel: 'middle',
    aliases: ['Julien', 'Rioual', 'Riouall'],
  },
  {
    key: 'p-colleague-4',
    fullName: 'Anne-Sophie Le Bihan',
    pseudonym: 'Clinique-2',
    position: 'Gastro-entérologue, référente MICI',
    organisation: 'vivalto-sante',
    hierarchyLevel: 'field',
    aliases: ['Anne-Sophie', 'Le Bihan', 'Dre Le Bihan', 'Dr Le Bihan'],
  },
  {
    key: 'p-colleague-5',
    fullName: 'Damien Foucault',
    pseudonym: 'Pharma-2',
    position: 'Responsable des partenariats e-santé',
    organisation: 'takeda',
    hierarchyLevel: 'middle',
    aliases: ['Damien', 'Foucault'],
  },
];

// ---------------------------------------------------------------------------------------------------
// Lever codes (added to the codebook next to the seed taxonomies)
// ---------------------------------------------------------------------------------------------------

export const demoLeverCodes: { key: string; name: string; nameEn: string; definition: string }[] = [
  {
    key: 'lever-job-shadowing',
    name: 'Immersion « Vis ma vie »',
    nameEn: 'Job-shadowing immersion (Vis ma vie)',
    definition:
      'L’équipe d’une startup passe plusieurs dizaines d’heures dans les services de soins aux côtés des soignants. Construit la confiance, lève le soupçon de démarche commerciale et facilite le cadrage du projet.',
  },
  {
    key: 'lever-innovation-nurse',
    name: 'Infirmière innovation (poste hybride)',
    nameEn: 'Innovation nurse (hybrid post)',
    definition:
      'Poste partagé entre le soin et l’expérimentation de terrain, par exemple à mi-temps, pour tester les solutions au plus près des patients.',
  },
  {
    key: 'lever-medical-sponsorship',
    name: 'Parrainage médical',
    nameEn: 'Medical sponsorship',
    definition:
      'Un médecin reconnu porte le projet auprès de ses pairs et des soignants de ville ; condition souvent nécessaire pour embarquer les professionnels libéraux.',
  },
  {
    key: 'lever-peer-feedback',
    name: 'Diffusion par les pairs et retours d’expérience',
    nameEn: 'Peer diffusion and experience feedback',
    definition:
      'L’adoption progresse par le bouche-à-oreille, les résultats publiés par des pairs et le soutien entre usagers plutôt que par des campagnes descendantes.',
  },
  {
    key: 'lever-privacy-by-design',
    name: 'Conformité dès la conception',
    nameEn: 'Compliance by design',
    definition:
      'Intégrer dès les premiers ateliers les exigences de protection, d’hébergement et d’interopérabilité des données, avec les juristes et la DSI dans la boucle.',
  },
];

// ---------------------------------------------------------------------------------------------------
// Interviews
// ---------------------------------------------------------------------------------------------------

const int01: DemoInterview = {
  key: 'int-01',
  personKey: 'p-int-01',
  title: 'Entretien — responsable acquisition de données, Roche',
  date: '2023-02-14',
  place: 'Visioconférence',
  mode: 'video',
  interviewer: INTERVIEWER_NAME,
  status: 'coded',
  topic: 'Partenariats impliquant des données de santé',
  projects: [P_OCTOPIZE],
  transcript: {
    turns: [
      {
        speaker: I,
        role: 'interviewer',
        text: 'Bonjour Aurélie, merci d’avoir pris ce temps. On va suivre les axes que je vous ai envoyés, mais n’hésitez pas à sortir du cadre. Est-ce que vous pouvez d’abord rappeler votre rôle chez Roche ?',
      },
      {
        speaker: 'Aurélie',
        role: 'interviewee',
        text: 'Bien sûr. Alors je suis responsable de l’acquisition de données et des processus innovants. Concrètement, mon équipe cherche comment accéder à des données de santé de qualité pour la recherche, les données de vie réelle notamment, et comment le faire plus vite et proprement. Ça veut dire monter des partenariats avec des hôpitaux, des startups, parfois des plateformes publiques comme le Health Data Hub. Je suis un peu à l’interface entre le médical, le juridique et la data.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Comment est-ce que vous définiriez la santé numérique, et qu’est-ce qu’elle change dans votre métier ?',
      },
      {
        speaker: 'Aurélie',
        role: 'interviewee',
        text: 'Je dirais que c’est l’usage des technologies numériques pour produire, partager et exploiter de l’information de santé, au bénéfice du patient au bout du compte. Dans mon métier, ça a tout changé. Avant, un labo générait ses données lui-même, dans ses essais cliniques. Aujourd’hui, une bonne partie de la valeur est dans des données qui sont ailleurs : à l’hôpital, chez les patients, dans des applis. Donc on dépend des autres, et ça oblige à collaborer.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Parlons du projet avec Octopize et le CHU de Brest. Comment est-il né ?',
      },
      {
        speaker: 'Aurélie',
        role: 'interviewee',
        text: 'Le point de départ, c’est une frustration qu’on partage avec les hôpitaux : pour accéder à des données, entre le cadre réglementaire et les contrats, il faut compter des mois, parfois plus d’un an, alors qu’un projet de recherche hospitalier a des échéances beaucoup plus courtes. Octopize, c’est une startup rennaise qui a une méthode brevetée d’avatars. On génère des individus fictifs à partir des vrais, de façon à ce qu’on ne puisse pas ré-identifier les patients, tout en gardant les propriétés statistiques. On les a croisés via l’appel à projets de la Coalition, et le CHU de Brest était partant pour tester.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et l’objectif de l’expérimentation, précisément ?',
      },
      {
        speaker: 'Aurélie',
        role: 'interviewee',
        text: 'Vérifier deux choses. D’abord que les jeux de données synthétiques restent fidèles aux données sources, c’est-à-dire qu’on retrouve les mêmes résultats quand on fait tourner les mêmes analyses. Ensuite qu’ils sont réellement anonymes, qu’aucun avatar ne permet de remonter à une personne. Si ça marche, à moyen terme, l’avatarisation pourrait devenir une voie normale pour accélérer l’accès des chercheurs aux données. Mais il faut aussi que ça s’intègre dans les systèmes existants de l’hôpital, sinon ça reste une belle démonstration et rien de plus.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Comment s’est passée la collaboration à trois ?',
      },
      {
        speaker: 'Aurélie',
        role: 'interviewee',
        text: 'Plutôt bien, mais ça demande du temps. Chacun arrive avec ses attentes. Le CHU veut des bénéfices pour ses chercheurs, la startup veut une référence et un cas d’usage, et nous on veut savoir si la méthode tient la route pour nos propres études. Au début, on a passé pas mal de réunions juste à comprendre ce que chacun attendait vraiment, qui décide quoi, qui valide. Digital Pharma Lab a été utile là-dessus, comme tiers de confiance. Et Julien Rioual, le CTO d’Octopize, a été très disponible pour les questions techniques.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Quels ont été les principaux freins ?',
      },
      {
        speaker: 'Aurélie',
        role: 'interviewee',
        text: 'Le premier, franchement, c’est la compréhension de la technologie. Quand on dit « données synthétiques » à un clinicien, il entend « données inventées ». Même chez nous, certains statisticiens étaient sceptiques. Il a fallu beaucoup de pédagogie. Le deuxième, c’est le côté établissement : même quand les équipes sont motivées, un hôpital met du temps à intégrer un nouvel outil, il faut l’accord de la DSI, du délégué à la protection des données, de la direction de la recherche. Et puis il y a la protection des données elle-même, bien sûr. On touche à des données de patients, donc chaque étape est verrouillée, et c’est normal.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Est-ce que la réglementation sur les données est un vrai blocage, selon vous ?',
      },
      {
        speaker: 'Aurélie',
        role: 'interviewee',
        text: 'C’est un cadre, pas un mur. Le RGPD, la CNIL, les exigences d’hébergement, tout ça est connu. Ce qui coûte cher, c’est quand on le découvre en cours de route. La leçon que j’en tire, c’est qu’il faut intégrer la conformité dès la conception, avec les juristes dans la boucle dès le premier atelier, pas à la fin quand tout est déjà construit.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et pour diffuser ensuite une solution comme celle-là dans d’autres établissements ?',
      },
      {
        speaker: 'Aurélie',
        role: 'interviewee',
        text: 'Il faut des résultats publiables, d’abord. Les médecins croient ce que leurs pairs ont montré. Si les chercheurs de Brest publient une analyse où les avatars donnent les mêmes conclusions que les données réelles, ça vaudra plus que toutes nos présentations. Ensuite, il faut que la startup soit capable d’accompagner plusieurs sites en parallèle, et ça, c’est une question de moyens.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Quelle place a l’alliance dans la stratégie de Roche ?',
      },
      {
        speaker: 'Aurélie',
        role: 'interviewee',
        text: 'Pour nous, c’est un moyen d’explorer sans tout porter seuls. On partage le risque et les coûts avec d’autres industriels, et on accède à des établissements qu’on n’aurait pas approchés aussi facilement. La limite, c’est qu’il faut accepter de ne pas tout maîtriser : les décisions se prennent collectivement, et ça peut être frustrant quand on a l’habitude de piloter ses projets de bout en bout.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Pour terminer, comment voyez-vous l’avenir de ces partenariats autour de la donnée ?',
      },
      {
        speaker: 'Aurélie',
        role: 'interviewee',
        text: 'Je pense que les données synthétiques vont devenir banales d’ici quelques années, comme l’anonymisation classique aujourd’hui. Mais ce qui manque encore, c’est une vision claire de qui fait quoi dans cet écosystème : entre le Health Data Hub, les entrepôts hospitaliers, les startups, les industriels, un nouvel arrivant s’y perd. Une cartographie partagée, tenue à jour par un acteur neutre, ça aiderait tout le monde.',
      },
    ],
    codings: [
      {
        quote:
          'pour accéder à des données, entre le cadre réglementaire et les contrats, il faut compter des mois, parfois plus d’un an, alors qu’un projet de recherche hospitalier a des échéances beaucoup plus courtes',
        codes: ['trigger-user-needs'],
        projects: [P_OCTOPIZE],
        memo: 'Besoin déclencheur : délais d’accès aux données incompatibles avec le calendrier de la recherche hospitalière.',
      },
      {
        quote:
          'D’abord que les jeux de données synthétiques restent fidèles aux données sources, c’est-à-dire qu’on retrouve les mêmes résultats quand on fait tourner les mêmes analyses.',
        codes: ['testing-validation'],
        projects: [P_OCTOPIZE],
      },
      {
        quote:
          'Ensuite qu’ils sont réellement anonymes, qu’aucun avatar ne permet de remonter à une personne. Si ça marche, à moyen terme, l’avatarisation pourrait devenir une voie normale pour accélérer l’accès des chercheurs aux données. Mais il faut aussi que ça s’intègre dans les systèmes existants de l’hôpital, sinon ça reste une belle démonstration et rien de plus.',
        codes: ['data-interoperability-privacy-security'],
        projects: [P_OCTOPIZE],
        memo: 'Double exigence : anonymat réel et intégration au SI hospitalier.',
      },
      {
        quote:
          'Le CHU veut des bénéfices pour ses chercheurs, la startup veut une référence et un cas d’usage, et nous on veut savoir si la méthode tient la route pour nos propres études. Au début, on a passé pas mal de réunions juste à comprendre ce que chacun attendait vraiment, qui décide quoi, qui valide.',
        codes: ['expectations-contribution-measurement'],
        projects: [],
      },
      {
        quote:
          'Au début, on a passé pas mal de réunions juste à comprendre ce que chacun attendait vraiment, qui décide quoi, qui valide.',
        codes: ['ecosystem-understanding'],
        projects: [P_OCTOPIZE],
        memo: 'Comprendre les besoins et attentes de chaque partie prenante du projet.',
      },
      {
        quote:
          'Quand on dit « données synthétiques » à un clinicien, il entend « données inventées ». Même chez nous, certains statisticiens étaient sceptiques. Il a fallu beaucoup de pédagogie.',
        codes: ['technology-understanding', 'adoption-health-professionals'],
        projects: [P_OCTOPIZE],
        important: true,
      },
      {
        quote:
          'même quand les équipes sont motivées, un hôpital met du temps à intégrer un nouvel outil, il faut l’accord de la DSI, du délégué à la protection des données, de la direction de la recherche.',
        codes: ['adoption-health-establishments'],
        projects: [P_OCTOPIZE],
      },
      {
        quote:
          'Ce qui coûte cher, c’est quand on le découvre en cours de route. La leçon que j’en tire, c’est qu’il faut intégrer la conformité dès la conception, avec les juristes dans la boucle dès le premier atelier',
        codes: ['lever-privacy-by-design', 'data-interoperability-privacy-security'],
        projects: [],
      },
      {
        quote:
          'il faut accepter de ne pas tout maîtriser : les décisions se prennent collectivement, et ça peut être frustrant quand on a l’habitude de piloter ses projets de bout en bout.',
        codes: ['governance-tension', 'collective-alliance'],
        projects: [],
      },
      {
        quote:
          'ce qui manque encore, c’est une vision claire de qui fait quoi dans cet écosystème : entre le Health Data Hub, les entrepôts hospitaliers, les startups, les industriels, un nouvel arrivant s’y perd.',
        codes: ['ecosystem-understanding'],
        projects: [],
        memo: 'Rejoint le levier proposé : une cartographie collaborative de l’écosystème tenue par un acteur neutre.',
      },
    ],
  },
};

const int02: DemoInterview = {
  key: 'int-02',
  personKey: 'p-int-02',
  title: 'Entretien — responsable innovation, CHU de Brest',
  date: '2023-03-09',
  place: 'CHU de Brest, hôpital de la Cavale Blanche',
  mode: 'on-site',
  interviewer: INTERVIEWER_NAME,
  status: 'validated',
  topic: 'Innovation en santé numérique à l’hôpital',
  projects: [P_OCTOPIZE, P_GUTYCARE],
  transcript: {
    turns: [
      {
        speaker: I,
        role: 'interviewer',
        text: 'Bonjour Erwan, merci de me recevoir. Comme convenu, je vous montre les grands axes au début et ensuite on discute librement. Pour commencer, est-ce que vous pouvez me présenter votre rôle au CHU ?',
      },
      {
        speaker: 'Erwan',
        role: 'interviewee',
        text: 'Oui, bien sûr. Alors je pilote la cellule innovation du CHU de Brest. En gros, on a construit une méthode pour ouvrir l’innovation, à la fois vers l’intérieur de l’hôpital et vers l’extérieur. Il faut être honnête : un CHU, ce n’est pas une structure agile, les circuits de décision sont longs. Donc plutôt que de tout porter seuls, on a noué des partenariats avec des acteurs de l’écosystème, en Bretagne mais aussi au niveau national. Et on accompagne les projets depuis l’idée d’un soignant jusqu’au test en service.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et la santé numérique, vous la définiriez comment ? Qu’est-ce que ça change pour vous ?',
      },
      {
        speaker: 'Erwan',
        role: 'interviewee',
        text: 'Pour moi c’est tout ce qui met des outils numériques au service du soin, du patient, mais aussi de l’organisation : la donnée, les applis, la télésurveillance… Ce que ça change surtout, c’est qu’on ne travaille plus seuls. Un projet numérique, ça touche la DSI, le juridique, les soignants, les achats, et de plus en plus des partenaires privés. Au début je me voyais comme un chef de projet ; maintenant je passe la moitié de mon temps à faire de la traduction entre des mondes qui ne parlent pas la même langue.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Quelles innovations vous ont marqué ces dernières années ?',
      },
      {
        speaker: 'Erwan',
        role: 'interviewee',
        text: 'Il y en a plusieurs. La première, c’est une startup qu’on a accompagnée pendant deux ans. Sans que ce soit écrit nulle part, on a un peu joué le rôle de business developer pour elle : on l’a présentée à d’autres CHU, on a partagé nos retours. Et le plus drôle, c’est que quand elle a levé des fonds, les investisseurs nous ont appelés pour leur due diligence. Le CHU servait de caution, en quelque sorte.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et en interne, côté organisation ?',
      },
      {
        speaker: 'Erwan',
        role: 'interviewee',
        text: 'En interne, le gros chantier, ça a été la refonte de la GED, la gestion électronique des documents, avec une entreprise spécialisée en intelligence artificielle. Ça concernait à peu près 7 000 agents, donc ce n’est pas rien. On a fait des focus groups, on est passés par un appel d’offres, et surtout beaucoup de conduite du changement, parce que les ingénieurs qualité étaient franchement réticents. Au lancement, on avait peut-être 10 % d’utilisation. Aujourd’hui on tourne autour de 90 %, et on n’a fait aucune campagne : c’est le bouche-à-oreille entre services qui a tout fait.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Vous m’aviez aussi parlé d’un projet de combinaison connectée ?',
      },
      {
        speaker: 'Erwan',
        role: 'interviewee',
        text: 'Ah oui, la combinaison ! C’est un bon exemple de collaboration qui démarre mal. L’idée, c’était d’évaluer le risque de troubles musculo-squelettiques chez les soignants. Au départ, l’ingénieur et l’ergonome ne se comprenaient pas du tout, chacun pensait que l’autre ne servait à rien. On les a mis autour d’une table pour monter un dossier de subvention auprès de la Région, et c’est là que ça s’est débloqué. Au final, l’outil couvre quatre dimensions : la biomécanique avec la combinaison, la physiologie avec un bracelet, la psychologie avec une appli, et l’environnement de travail. Ça peut même nous aider à choisir le matériel au moment des achats.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Comment est-ce que vous gérez ces collaborations avec des startups, concrètement ?',
      },
      {
        speaker: 'Erwan',
        role: 'interviewee',
        text: 'Ce qui marche le mieux chez nous, c’est le « Vis ma vie ». Les gens de la startup viennent passer des dizaines d’heures dans les services, en blouse, à côté des équipes. Pour GutyCare, par exemple, ils ont suivi Gwen, une infirmière de gastro, sur plusieurs journées. Ça crée une confiance qu’aucune réunion ne crée. Les soignants voient que ce n’est pas un commercial qui vient placer son produit. Et derrière, la note de cadrage s’écrit presque toute seule, parce que tout le monde a vu la même réalité. Ensuite on enchaîne sur des petites victoires rapides pour garder l’élan.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et les freins ? On entend beaucoup parler de cybersécurité, de réglementation…',
      },
      {
        speaker: 'Erwan',
        role: 'interviewee',
        text: 'Honnêtement, la cybersécurité, je ne la vois pas comme un vrai blocage. C’est une exigence, il faut la traiter sérieusement, mais on sait faire, il y a des référentiels, des hébergeurs certifiés. Sur Octopize, avec Roche, la confidentialité était même le cœur du sujet : produire des avatars qui restent fidèles statistiquement sans qu’on puisse remonter aux patients. Non, le vrai travail, ça a été de faire comprendre la méthode. Les médecins chercheurs se demandaient si une donnée « fausse » pouvait servir à une vraie étude. Il a fallu expliquer, refaire des démonstrations, montrer les comparaisons.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Vous disiez tout à l’heure que l’hôpital lui-même freine. Qu’est-ce qui bloque le plus en interne ?',
      },
      {
        speaker: 'Erwan',
        role: 'interviewee',
        text: 'La DSI, clairement, c’est l’entonnoir. Patrick Quéméner et son équipe font un travail énorme, mais ils ont cinquante projets en file d’attente, et chaque nouvelle solution, il faut l’intégrer, la sécuriser, la maintenir. Pour Octopize, l’extraction des données sources a pris des mois, pas parce que quelqu’un s’y opposait, juste parce qu’il fallait trouver un créneau. Ajoutez à ça une culture de l’innovation encore faible dans beaucoup de services, et l’écart entre public et privé sur les délais, les contrats, la façon de décider…',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et pour embarquer les acteurs du territoire, les infirmiers libéraux par exemple ?',
      },
      {
        speaker: 'Erwan',
        role: 'interviewee',
        text: 'Là, c’est beaucoup plus dur. Les infirmières libérales ont des tournées chargées, elles ne sont pas payées pour tester des outils, et elles ne nous doivent rien. Ce qui marche, c’est un parrainage médical fort : si le médecin qui suit le patient porte le projet, elles suivent. Sinon, ça ne prend pas. J’ai une idée que je pousse depuis un moment : créer un poste d’« infirmière innovation », à mi-temps dans le soin et à mi-temps sur le terrain pour tester les solutions. Quelqu’un comme Gwenaëlle Tanguy, qui connaît les patients et qui a déjà joué le jeu avec les startups.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Quelle place tient l’alliance dans votre stratégie ? C’est plus simple ou plus compliqué qu’avec les acteurs de ville ?',
      },
      {
        speaker: 'Erwan',
        role: 'interviewee',
        text: 'Nettement plus simple qu’avec la ville, parce que tout le monde autour de la table a signé pour la même chose. Après, il y a des contreparties : on coordonne trois parties au lieu de deux, donc tout est plus long, et il reste une méfiance chez certains médecins dès qu’un labo ou un industriel du dispositif médical est dans la boucle. Mais pour nous l’alliance est centrale : elle nous donne accès à beaucoup de projets, aux retours des autres hôpitaux, à un réseau, et à une vision nationale qui nous laisse quand même définir notre stratégie locale.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Pour finir, comment voyez-vous le passage à l’échelle ? Qui doit porter le changement de culture ?',
      },
      {
        speaker: 'Erwan',
        role: 'interviewee',
        text: 'Il faut que les ministères financent la structuration : des équipes, des profils mixtes, moitié soignants moitié ingénieurs. L’AIS pourrait conditionner ses aides à une vraie montée en compétences des équipes. Les tiers-lieux d’expérimentation, c’est un bon début, on parle d’environ deux millions d’euros, par site si j’ai bien compris, mais pour passer à l’échelle ça reste trop peu. Et la culture, elle change par le bas autant que par le haut : ce sont les soignants qui ont vécu un projet réussi qui convainquent les autres.',
      },
    ],
    codings: [
      {
        quote:
          'Il faut être honnête : un CHU, ce n’est pas une structure agile, les circuits de décision sont longs. Donc plutôt que de tout porter seuls, on a noué des partenariats avec des acteurs de l’écosystème, en Bretagne mais aussi au niveau national.',
        codes: ['adoption-health-establishments', 'ecosystem-understanding'],
        projects: [],
      },
      {
        quote:
          'Et le plus drôle, c’est que quand elle a levé des fonds, les investisseurs nous ont appelés pour leur due diligence. Le CHU servait de caution, en quelque sorte.',
        codes: ['legitimacy-acceptability', 'investors'],
        projects: [],
        memo: 'Le CHU joue un rôle informel de business developer ; sa caution pèse auprès des investisseurs.',
      },
      {
        quote:
          'On a fait des focus groups, on est passés par un appel d’offres, et surtout beaucoup de conduite du changement, parce que les ingénieurs qualité étaient franchement réticents. Au lancement, on avait peut-être 10 % d’utilisation. Aujourd’hui on tourne autour de 90 %, et on n’a fait aucune campagne : c’est le bouche-à-oreille entre services qui a tout fait.',
        codes: ['integration', 'training-awareness'],
        projects: [],
      },
      {
        quote:
          'Au lancement, on avait peut-être 10 % d’utilisation. Aujourd’hui on tourne autour de 90 %, et on n’a fait aucune campagne : c’est le bouche-à-oreille entre services qui a tout fait.',
        codes: ['adoption-health-establishments', 'lever-peer-feedback'],
        projects: [],
        memo: 'GED : de 10 % à 90 % d’usage sans campagne, uniquement par diffusion entre services.',
        important: true,
      },
      {
        quote:
          'Au départ, l’ingénieur et l’ergonome ne se comprenaient pas du tout, chacun pensait que l’autre ne servait à rien. On les a mis autour d’une table pour monter un dossier de subvention auprès de la Région, et c’est là que ça s’est débloqué.',
        codes: ['divergent-interests-cultures', 'wider-skills-resources'],
        projects: [],
        memo: 'Limite de la collaboration surmontée : le dossier de subvention commun a fait converger les disciplines.',
      },
      {
        quote:
          'Ça crée une confiance qu’aucune réunion ne crée. Les soignants voient que ce n’est pas un commercial qui vient placer son produit. Et derrière, la note de cadrage s’écrit presque toute seule, parce que tout le monde a vu la même réalité.',
        codes: ['lever-job-shadowing', 'lasting-networks-trust'],
        projects: [P_GUTYCARE],
        important: true,
      },
      {
        quote:
          'Les médecins chercheurs se demandaient si une donnée « fausse » pouvait servir à une vraie étude. Il a fallu expliquer, refaire des démonstrations, montrer les comparaisons.',
        codes: ['technology-understanding', 'adoption-health-professionals'],
        projects: [P_OCTOPIZE],
      },
      {
        quote:
          'Pour Octopize, l’extraction des données sources a pris des mois, pas parce que quelqu’un s’y opposait, juste parce qu’il fallait trouver un créneau.',
        codes: ['adoption-health-establishments', 'integration'],
        projects: [P_OCTOPIZE],
        memo: 'Goulet d’étranglement de la DSI plutôt qu’opposition.',
      },
      {
        quote:
          'Les infirmières libérales ont des tournées chargées, elles ne sont pas payées pour tester des outils, et elles ne nous doivent rien. Ce qui marche, c’est un parrainage médical fort : si le médecin qui suit le patient porte le projet, elles suivent.',
        codes: ['adoption-health-professionals', 'lever-medical-sponsorship'],
        projects: [],
      },
      {
        quote:
          'J’ai une idée que je pousse depuis un moment : créer un poste d’« infirmière innovation », à mi-temps dans le soin et à mi-temps sur le terrain pour tester les solutions.',
        codes: ['lever-innovation-nurse'],
        projects: [],
        important: true,
      },
    ],
  },
};

const int03: DemoInterview = {
  key: 'int-03',
  personKey: 'p-int-03',
  title: 'Entretien — vice-président du comité santé, Numeum',
  date: '2023-11-16',
  place: 'Visioconférence',
  mode: 'video',
  interviewer: INTERVIEWER_NAME,
  status: 'planned',
  topic: 'Collaboration et enjeux de la santé numérique',
  projects: [],
  transcript: null,
};

const int04: DemoInterview = {
  key: 'int-04',
  personKey: 'p-int-04',
  title: 'Entretien — responsable santé numérique, Medicen Paris Region',
  date: '2023-06-20',
  place: 'Medicen Paris Region, Paris',
  mode: 'on-site',
  interviewer: INTERVIEWER_NAME,
  status: 'conducted',
  topic: 'Pôles de compétitivité et leur rôle',
  projects: [],
  transcript: null,
};

const int05: DemoInterview = {
  key: 'int-05',
  personKey: 'p-int-05',
  title: 'Entretien — pharmacienne responsable santé numérique, France Assos Santé',
  date: '2023-04-12',
  place: 'Entretien téléphonique',
  mode: 'phone',
  interviewer: INTERVIEWER_NAME,
  status: 'coded',
  topic: 'Enjeux et implication des patients en santé numérique',
  projects: [P_GUTYCARE],
  transcript: {
    turns: [
      {
        speaker: I,
        role: 'interviewer',
        text: 'Bonjour Mélanie, merci d’avoir accepté cet échange par téléphone. Pour commencer, pouvez-vous présenter votre rôle ?',
      },
      {
        speaker: 'Mélanie',
        role: 'interviewee',
        text: 'Bonjour. Alors, je suis pharmacienne de formation et je m’occupe de la santé numérique à France Assos Santé, qui fédère des associations de patients et d’usagers. Mon rôle, c’est de porter la voix des usagers dans les groupes de travail, auprès des institutions, des industriels aussi, et de faire en sorte que les outils numériques soient pensés avec les patients et pas seulement pour eux.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Comment définiriez-vous la santé numérique, du point de vue des patients ?',
      },
      {
        speaker: 'Mélanie',
        role: 'interviewee',
        text: 'C’est une promesse et un risque en même temps. La promesse, c’est mieux suivre sa maladie, garder le lien avec son équipe soignante, se sentir moins seul. Le risque, c’est de laisser de côté ceux qui ne sont pas à l’aise avec le numérique. On parle d’environ quinze millions de personnes éloignées du numérique en France, ce n’est pas une marge, c’est une population entière. Et près de la moitié des gens disent avoir du mal à trouver une information de santé fiable en ligne.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Est-ce qu’il y a des innovations qui vous ont marquée ?',
      },
      {
        speaker: 'Mélanie',
        role: 'interviewee',
        text: 'Les applis de suivi dans les maladies chroniques, clairement. Je pense à GutyCare, sur les MICI, qu’on a suivi de près parce que plusieurs associations de malades ont participé à la conception. Pour quelqu’un qui vit avec une maladie de Crohn ou une rectocolite, pouvoir signaler tôt une poussée, avoir des programmes de nutrition ou de gestion du stress, ça change le quotidien. Mais ça ne marche que si le patient s’en sert vraiment, pas deux semaines et puis plus rien.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Justement, qu’est-ce qui freine l’adoption par les patients ?',
      },
      {
        speaker: 'Mélanie',
        role: 'interviewee',
        text: 'Plusieurs choses. Il y a la fracture numérique, on l’a dit. Il y a la littératie en santé : comprendre ce que l’appli vous dit, savoir quoi en faire. Et il y a la confiance. Beaucoup de patients nous demandent : où vont mes données, qui les voit, est-ce que mon employeur ou mon assureur peut y avoir accès ? Sur GutyCare, ces questions sont revenues dans toutes les réunions avec les associations. Si on n’y répond pas clairement, le patient décroche avant même d’avoir commencé.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et du côté des professionnels de santé ?',
      },
      {
        speaker: 'Mélanie',
        role: 'interviewee',
        text: 'Le professionnel, c’est le médiateur. Un patient adopte un outil quand son médecin ou son infirmière le lui recommande et s’y intéresse. Si le gastro ne regarde jamais le tableau de bord, le patient le sent tout de suite et arrête de remplir. Donc il faut former les soignants, mais aussi leur laisser le temps de s’en servir, et ça, personne ne le finance vraiment.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Comment les associations sont-elles associées aux collaborations entre industriels, startups et hôpitaux ?',
      },
      {
        speaker: 'Mélanie',
        role: 'interviewee',
        text: 'De mieux en mieux, mais c’est inégal. Trop souvent, on nous appelle à la fin, pour valider quelque chose qui est déjà construit. Ce qu’on demande, c’est d’être là dès l’idéation, quand on définit le besoin. Les patients partenaires apportent un regard que personne d’autre n’a : la vie avec la maladie, les jours où on n’a aucune envie d’ouvrir une appli. Et puis il y a la question de l’indépendance : quand un industriel finance, on doit pouvoir dire non.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'La validation clinique, c’est un sujet pour vous ?',
      },
      {
        speaker: 'Mélanie',
        role: 'interviewee',
        text: 'Un sujet majeur. Une grande partie des applis de santé n’ont aucune validation scientifique, on cite souvent le chiffre de près de deux sur trois. Pour recommander un outil à nos adhérents, on veut des preuves : est-ce que ça évite des complications, est-ce que les gens vont mieux ? Pour GutyCare, c’est tout l’enjeu de l’expérimentation en Bretagne : montrer qu’on évite des complications et que le bien-être progresse, pas seulement que l’appli est agréable à utiliser.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et les acteurs du territoire, les soignants de ville ?',
      },
      {
        speaker: 'Mélanie',
        role: 'interviewee',
        text: 'C’est le maillon qu’on oublie. Le patient MICI voit son gastro deux fois par an, mais son pharmacien et son infirmière de ville, il les voit tout le temps. Si eux ne connaissent pas l’outil, on perd un relais énorme. Il faudrait que les CPTS soient dans la boucle dès le départ, pas six mois après le lancement.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Pour conclure, qu’est-ce qui devrait changer, selon vous ?',
      },
      {
        speaker: 'Mélanie',
        role: 'interviewee',
        text: 'Deux choses. D’abord, que la représentation des usagers soit systématique dans les comités qui choisissent les projets, avec une vraie voix et pas un strapontin. Ensuite, qu’on investisse dans l’accompagnement : des médiateurs numériques, des ressources simples, du soutien entre pairs via les associations. La technologie avance vite, les usages beaucoup moins. Si on ne finance que l’outil et pas l’accompagnement, on va reproduire les mêmes inégalités.',
      },
    ],
    codings: [
      {
        quote:
          'On parle d’environ quinze millions de personnes éloignées du numérique en France, ce n’est pas une marge, c’est une population entière.',
        codes: ['adoption-patients-relatives-carers'],
        projects: [],
      },
      {
        quote:
          'qu’on a suivi de près parce que plusieurs associations de malades ont participé à la conception',
        codes: ['patient-users-relatives', 'legitimacy-acceptability'],
        projects: [P_GUTYCARE],
      },
      {
        quote: 'Mais ça ne marche que si le patient s’en sert vraiment, pas deux semaines et puis plus rien.',
        codes: ['adoption-patients-relatives-carers'],
        projects: [P_GUTYCARE],
      },
      {
        quote:
          'Beaucoup de patients nous demandent : où vont mes données, qui les voit, est-ce que mon employeur ou mon assureur peut y avoir accès ? Sur GutyCare, ces questions sont revenues dans toutes les réunions avec les associations.',
        codes: ['data-interoperability-privacy-security', 'adoption-patients-relatives-carers'],
        projects: [P_GUTYCARE],
        important: true,
      },
      {
        quote:
          'Sur GutyCare, ces questions sont revenues dans toutes les réunions avec les associations. Si on n’y répond pas clairement, le patient décroche avant même d’avoir commencé.',
        codes: ['adoption-patients-relatives-carers'],
        projects: [P_GUTYCARE],
        memo: 'La confiance dans le traitement des données conditionne l’entrée même dans l’outil.',
      },
      {
        quote:
          'Si le gastro ne regarde jamais le tableau de bord, le patient le sent tout de suite et arrête de remplir. Donc il faut former les soignants, mais aussi leur laisser le temps de s’en servir',
        codes: ['adoption-health-professionals', 'training-awareness'],
        projects: [P_GUTYCARE],
      },
      {
        quote:
          'Trop souvent, on nous appelle à la fin, pour valider quelque chose qui est déjà construit. Ce qu’on demande, c’est d’être là dès l’idéation, quand on définit le besoin.',
        codes: ['ideation', 'patient-users-relatives'],
        projects: [],
      },
      {
        quote:
          'Pour GutyCare, c’est tout l’enjeu de l’expérimentation en Bretagne : montrer qu’on évite des complications et que le bien-être progresse, pas seulement que l’appli est agréable à utiliser.',
        codes: ['clinical-validation', 'performance-impact-evaluation'],
        projects: [P_GUTYCARE],
        important: true,
      },
      {
        quote:
          'Le patient MICI voit son gastro deux fois par an, mais son pharmacien et son infirmière de ville, il les voit tout le temps. Si eux ne connaissent pas l’outil, on perd un relais énorme.',
        codes: ['health-professionals', 'hcp-groups-care-networks'],
        projects: [],
      },
      {
        quote:
          'des médiateurs numériques, des ressources simples, du soutien entre pairs via les associations. La technologie avance vite, les usages beaucoup moins.',
        codes: ['adoption-patients-relatives-carers', 'lever-peer-feedback'],
        projects: [],
      },
    ],
  },
};

const int06: DemoInterview = {
  key: 'int-06',
  personKey: 'p-int-06',
  title: 'Entretien — responsable innovation, Groupe Vivalto Santé',
  date: '2023-05-17',
  place: 'Visioconférence',
  mode: 'video',
  interviewer: INTERVIEWER_NAME,
  status: 'validated',
  topic: 'Collaborations public-privé',
  projects: [P_GUTYCARE],
  transcript: {
    turns: [
      {
        speaker: I,
        role: 'interviewer',
        text: 'Bonjour Guillaume, merci pour ce créneau. Pour commencer, pouvez-vous présenter votre rôle chez Vivalto Santé ?',
      },
      {
        speaker: 'Guillaume',
        role: 'interviewee',
        text: 'Avec plaisir. Je suis responsable de l’innovation pour le groupe. Vivalto, c’est un groupe d’établissements privés présent dans plusieurs régions, avec un ancrage historique en Bretagne. Mon travail, c’est de repérer des solutions utiles pour nos équipes et nos patients, de les tester dans un ou deux établissements, et si ça marche, de les étendre au reste du groupe. Je fais énormément de lien entre les directions d’établissement, les médecins, qui chez nous sont souvent libéraux, et les partenaires extérieurs.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Quelle est votre définition de la santé numérique ?',
      },
      {
        speaker: 'Guillaume',
        role: 'interviewee',
        text: 'Pour moi, c’est de l’organisation avant d’être de la technologie. Un outil numérique qui ne change pas la façon dont on travaille, ça ne sert à rien, ça ajoute juste un écran. Le vrai bénéfice, c’est quand on repense le parcours : qui fait quoi, à quel moment, avec quelle information.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Parlons du projet GutyCare. Comment y êtes-vous entrés ?',
      },
      {
        speaker: 'Guillaume',
        role: 'interviewee',
        text: 'Par la Coalition. Le thème des MICI avait été remonté par des gastro-entérologues, et GutyCare a été retenue après le pitch. Ce qui nous a plu, c’est qu’il y a deux volets. La télésurveillance, avec une appli et un algorithme qui repère les signes précoces de poussée, et des coordinateurs médicaux qui suivent ça à distance pour décharger les médecins. Et un volet thérapeutique, avec des programmes de nutrition, de psychologie, d’hypnose, d’éducation thérapeutique. Surtout, le projet réunit deux industriels, Takeda et Norgine, le CHU de Brest côté public et nous côté privé. C’est assez rare d’avoir le public et le privé sur le même protocole en Bretagne.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Comment se passe la collaboration entre public et privé sur ce projet ?',
      },
      {
        speaker: 'Guillaume',
        role: 'interviewee',
        text: 'Bien, mais on ne fonctionne pas du tout au même rythme. Au CHU, une décision passe par plusieurs instances ; chez nous, la direction peut trancher en une semaine. À l’inverse, eux ont une culture de la recherche clinique qu’on n’a pas toujours. Sur GutyCare, on a dû caler un protocole commun, des critères d’inclusion communs, alors que nos patients, nos médecins et nos systèmes sont différents. Il a fallu pas mal d’allers-retours entre la Dre Le Bihan chez nous et l’équipe de gastro du CHU.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et l’adoption par les médecins ?',
      },
      {
        speaker: 'Guillaume',
        role: 'interviewee',
        text: 'C’est le nerf de la guerre. Nos gastro-entérologues sont libéraux, leurs consultations sont pleines. Leur demander de regarder un tableau de bord en plus, de rappeler un patient parce qu’un algorithme a levé une alerte, c’est changer leur routine. Anne-Sophie, qui porte le projet chez nous, y croit beaucoup, mais elle a dû convaincre ses confrères un par un. Ce qui a aidé, c’est que les coordinateurs de GutyCare filtrent les alertes : le médecin n’est sollicité que quand c’est vraiment utile.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et côté patients ?',
      },
      {
        speaker: 'Guillaume',
        role: 'interviewee',
        text: 'L’accueil est bon chez les plus jeunes, plus compliqué chez les personnes âgées ou chez ceux qui vivent avec la maladie depuis longtemps et qui ont leurs habitudes. Certains ont peur que l’appli remplace la consultation. Il faut bien expliquer que c’est un plus, pas un moins. Et il faut un soignant pour faire la première prise en main avec eux, sinon ils ne la téléchargent même pas.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Quels sont les principaux freins sur ce projet ?',
      },
      {
        speaker: 'Guillaume',
        role: 'interviewee',
        text: 'Le premier, c’est le financement. Aujourd’hui, GutyCare est financée uniquement par les industriels partenaires. Tant que l’expérimentation dure, ça va. Mais après ? Il n’y a pas de remboursement pour ce type d’accompagnement, le PECAN c’est limité et ça peut être retiré à la réévaluation. Si on veut que ça dure, il faut trouver d’autres financeurs : l’ARS, l’Assurance maladie, peut-être les mutuelles. Le deuxième, c’est de garder tous les partenaires mobilisés sur la durée. Un industriel peut changer de priorité d’une année sur l’autre.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et la protection des données, l’hébergement ?',
      },
      {
        speaker: 'Guillaume',
        role: 'interviewee',
        text: 'C’est un prérequis. Chez nous, une solution qui n’est pas hébergée chez un hébergeur certifié en France ne passe même pas le premier filtre de la DSI. GutyCare avait anticipé, donc ça s’est bien passé. Ce qui a pris du temps, c’est plutôt l’interopérabilité : faire remonter les données de l’appli dans le dossier patient, et là, entre le CHU et nous, on n’a pas les mêmes logiciels.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Qu’est-ce que l’alliance apporte par rapport à une collaboration bilatérale ?',
      },
      {
        speaker: 'Guillaume',
        role: 'interviewee',
        text: 'Un cadre neutre, surtout. Quand on travaille seul avec un industriel, il y a toujours le soupçon que c’est du marketing. Là, avec Digital Pharma Lab comme opérateur, les règles sont posées pour tout le monde, le comité stratégique se réunit chaque semaine, il y a un comité d’éthique. Et on apprend des autres établissements. Mais c’est aussi plus lourd : plus de réunions, plus de parties prenantes, et parfois on a l’impression que les petits établissements pèsent moins que les gros.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et demain, comment voyez-vous la suite ?',
      },
      {
        speaker: 'Guillaume',
        role: 'interviewee',
        text: 'J’aimerais qu’on mesure vraiment l’impact : hospitalisations évitées, temps médical gagné. Sans ces chiffres, on ne convaincra ni les financeurs ni les autres gastro. Et si les résultats sont bons, on pourra l’étendre à d’autres établissements du groupe, hors Bretagne. Mais là encore, il faudra que quelqu’un paie.',
      },
    ],
    codings: [
      {
        quote:
          'Surtout, le projet réunit deux industriels, Takeda et Norgine, le CHU de Brest côté public et nous côté privé. C’est assez rare d’avoir le public et le privé sur le même protocole en Bretagne.',
        codes: ['collective-alliance', 'wider-skills-resources'],
        projects: [P_GUTYCARE],
      },
      {
        quote:
          'Leur demander de regarder un tableau de bord en plus, de rappeler un patient parce qu’un algorithme a levé une alerte, c’est changer leur routine.',
        codes: ['adoption-health-professionals'],
        projects: [P_GUTYCARE],
        important: true,
      },
      {
        quote:
          'Anne-Sophie, qui porte le projet chez nous, y croit beaucoup, mais elle a dû convaincre ses confrères un par un.',
        codes: ['lever-medical-sponsorship'],
        projects: [P_GUTYCARE],
      },
      {
        quote:
          'Certains ont peur que l’appli remplace la consultation. Il faut bien expliquer que c’est un plus, pas un moins. Et il faut un soignant pour faire la première prise en main avec eux',
        codes: ['adoption-patients-relatives-carers', 'training-awareness'],
        projects: [P_GUTYCARE],
      },
      {
        quote:
          'Aujourd’hui, GutyCare est financée uniquement par les industriels partenaires. Tant que l’expérimentation dure, ça va. Mais après ? Il n’y a pas de remboursement pour ce type d’accompagnement, le PECAN c’est limité et ça peut être retiré à la réévaluation.',
        codes: ['business-model'],
        projects: [P_GUTYCARE],
        memo: 'Financement exclusivement industriel ; pas de relais de prise en charge identifié.',
        important: true,
      },
      {
        quote:
          'le PECAN c’est limité et ça peut être retiré à la réévaluation. Si on veut que ça dure, il faut trouver d’autres financeurs',
        codes: ['social-security'],
        projects: [],
      },
      {
        quote:
          'Si on veut que ça dure, il faut trouver d’autres financeurs : l’ARS, l’Assurance maladie, peut-être les mutuelles. Le deuxième, c’est de garder tous les partenaires mobilisés sur la durée. Un industriel peut changer de priorité d’une année sur l’autre.',
        codes: ['institutional-financial-support'],
        projects: [P_GUTYCARE],
      },
      {
        quote:
          'Ce qui a pris du temps, c’est plutôt l’interopérabilité : faire remonter les données de l’appli dans le dossier patient, et là, entre le CHU et nous, on n’a pas les mêmes logiciels.',
        codes: ['data-interoperability-privacy-security', 'integration'],
        projects: [P_GUTYCARE],
      },
      {
        quote:
          'Mais c’est aussi plus lourd : plus de réunions, plus de parties prenantes, et parfois on a l’impression que les petits établissements pèsent moins que les gros.',
        codes: ['governance-tension', 'expectations-contribution-measurement'],
        projects: [],
      },
      {
        quote:
          'J’aimerais qu’on mesure vraiment l’impact : hospitalisations évitées, temps médical gagné. Sans ces chiffres, on ne convaincra ni les financeurs ni les autres gastro.',
        codes: ['clinical-validation', 'performance-impact-evaluation'],
        projects: [P_GUTYCARE],
      },
    ],
  },
};

const int07: DemoInterview = {
  key: 'int-07',
  personKey: 'p-int-07',
  title: 'Entretien — CEO, Adlin Science',
  date: '2023-07-05',
  place: 'Visioconférence',
  mode: 'video',
  interviewer: INTERVIEWER_NAME,
  status: 'coded',
  topic: 'Problématiques et enjeux des startups',
  projects: [P_ADLIN],
  transcript: {
    turns: [
      {
        speaker: I,
        role: 'interviewer',
        text: 'Bonjour Karim, merci d’avoir accepté. Est-ce que vous pouvez présenter Adlin Science et votre rôle ?',
      },
      {
        speaker: 'Karim',
        role: 'interviewee',
        text: 'Bonjour. Je suis le CEO et cofondateur d’Adlin Science. On travaille sur la gestion et l’analyse des données de santé multi-omiques, donc génomique, protéomique, et les données cliniques qui vont avec. Notre produit, c’est un espace de travail partagé où cliniciens et chercheurs structurent ensemble leurs protocoles et leurs données. Nos clients aujourd’hui, ce sont surtout des laboratoires de recherche et des biotechs.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et votre définition de la santé numérique ?',
      },
      {
        speaker: 'Karim',
        role: 'interviewee',
        text: 'Pour nous, c’est d’abord la donnée. Une donnée de santé bien structurée, interopérable, qu’on peut réutiliser. Notre vision, c’est des environnements de recherche numériques décentralisés, où les acteurs publics et privés des sciences de la vie travaillent ensemble sans tout centraliser au même endroit.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Vous avez candidaté à la Coalition. Avec quel projet ?',
      },
      {
        speaker: 'Karim',
        role: 'interviewee',
        text: 'On a proposé trois briques. D’abord, auditer une base de données existante et lui attribuer un score d’interopérabilité, pour qu’un hôpital sache où il en est. Ensuite, aider à structurer les nouvelles données prospectives : comment on les saisit, comment on les intègre, pour qu’elles soient exploitables dès le départ. Et enfin, un espace de travail partagé sur des jeux de données anonymisés, hébergés chez un hébergeur de données de santé. Pour l’instant, on n’est pas encore déployés, mais la candidature nous a fait rencontrer énormément d’acteurs.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Pourquoi ce besoin, d’après vous ?',
      },
      {
        speaker: 'Karim',
        role: 'interviewee',
        text: 'Parce que les chercheurs universitaires et les chercheurs hospitaliers ne travaillent pas de la même façon. Chacun a ses outils, ses formats, ses critères d’interopérabilité. Résultat, quand on veut croiser deux cohortes, on passe des mois à nettoyer et à réconcilier. C’est du temps de recherche perdu, et souvent de l’argent public.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Quelles difficultés avez-vous rencontrées en discutant avec les acteurs de l’écosystème ?',
      },
      {
        speaker: 'Karim',
        role: 'interviewee',
        text: 'La première, c’est de faire adopter une nouvelle façon de travailler aux professionnels. Un clinicien qui a son tableur Excel depuis dix ans ne voit pas pourquoi il changerait. Il faut lui montrer ce qu’il y gagne, concrètement, dans sa propre étude. Et souvent, avant ça, il faut lui expliquer ce qu’est un score d’interopérabilité, ce qu’est une donnée structurée. Pour lui, c’est de l’informatique, pas de la médecine.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et le modèle économique ?',
      },
      {
        speaker: 'Karim',
        role: 'interviewee',
        text: 'C’est la grande question. Qui paie pour un service sur la donnée ? L’hôpital n’a pas de ligne budgétaire pour ça, le chercheur a des crédits de projet qui s’arrêtent au bout de trois ans, la biotech veut payer à l’usage. Donc on se retrouve avec un financement mixte, plusieurs types de clients avec des logiques différentes : abonnement pour les uns, paiement par projet pour les autres. C’est viable, mais ça demande une énergie commerciale énorme pour une petite équipe.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'La réglementation sur les données, ça vous impacte comment ?',
      },
      {
        speaker: 'Karim',
        role: 'interviewee',
        text: 'Énormément. Les règles sur les données de santé bougent tout le temps. Le référentiel d’interopérabilité et de sécurité des dispositifs médicaux numériques, par exemple, publié à l’été 2022 : on n’est pas un dispositif médical, mais nos clients hospitaliers nous demandent de nous aligner dessus. Pour une startup de quinze personnes, suivre tout ça, c’est un métier à part entière. Il faut être capable de pivoter vite, d’adapter le produit, sans casser ce que les clients utilisent déjà. Et il faut tenir financièrement pendant ce temps-là.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et l’hébergement, la sécurité ?',
      },
      {
        speaker: 'Karim',
        role: 'interviewee',
        text: 'On a choisi dès le départ un hébergeur de données de santé certifié, en France. Beaucoup d’hôpitaux refusent tout ce qui n’est pas sur un cloud français, donc ce n’était pas négociable. Mais ça a un coût, et ça limite certains outils qu’on aurait aimé utiliser. Notre directeur technique passe une bonne partie de son temps sur la conformité.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Qu’est-ce qu’une alliance comme la Coalition peut apporter à une startup comme la vôtre ?',
      },
      {
        speaker: 'Karim',
        role: 'interviewee',
        text: 'De la visibilité et de la crédibilité, d’abord. Quand vous êtes une petite boîte et qu’un grand labo ou un CHU s’intéresse à vous, ça ouvre des portes. Et puis comprendre l’écosystème : qui décide quoi à l’hôpital, comment marchent les achats, qui finance quoi. Franchement, au début, on ne savait pas qu’un simple pilote demandait l’accord de la DSI, du DPO et de la direction de la recherche. Laurent Duvignau nous a beaucoup aidés à compléter le dossier de candidature.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et comment voyez-vous l’avenir ?',
      },
      {
        speaker: 'Karim',
        role: 'interviewee',
        text: 'Je crois beaucoup aux partenariats avec des industriels pharma pour tenir dans la durée. Ils ont la surface financière et la connaissance réglementaire qu’on n’a pas. Mais il faut que ce soit équilibré : on ne veut pas devenir un prestataire en marque blanche qui disparaît derrière le logo du client. Et j’aimerais bien qu’il existe une sorte d’académie gratuite pour les fondateurs de startups en santé, pour que chacun n’ait pas à réapprendre tout seul les mêmes leçons.',
      },
    ],
    codings: [
      {
        quote:
          'D’abord, auditer une base de données existante et lui attribuer un score d’interopérabilité, pour qu’un hôpital sache où il en est.',
        codes: ['data-interoperability-privacy-security'],
        projects: [P_ADLIN],
      },
      {
        quote:
          'Parce que les chercheurs universitaires et les chercheurs hospitaliers ne travaillent pas de la même façon. Chacun a ses outils, ses formats, ses critères d’interopérabilité.',
        codes: ['divergent-interests-cultures', 'research-universities'],
        projects: [],
      },
      {
        quote:
          'Chacun a ses outils, ses formats, ses critères d’interopérabilité. Résultat, quand on veut croiser deux cohortes, on passe des mois à nettoyer et à réconcilier.',
        codes: ['data-interoperability-privacy-security', 'trigger-user-needs'],
        projects: [P_ADLIN],
      },
      {
        quote:
          'Un clinicien qui a son tableur Excel depuis dix ans ne voit pas pourquoi il changerait. Il faut lui montrer ce qu’il y gagne, concrètement, dans sa propre étude.',
        codes: ['adoption-health-professionals'],
        projects: [P_ADLIN],
        important: true,
      },
      {
        quote:
          'il faut lui expliquer ce qu’est un score d’interopérabilité, ce qu’est une donnée structurée. Pour lui, c’est de l’informatique, pas de la médecine.',
        codes: ['technology-understanding'],
        projects: [],
        memo: 'Compréhension de la technologie : seulement implicite pour Adlin dans la source, donc non rattachée au projet.',
      },
      {
        quote:
          'Qui paie pour un service sur la donnée ? L’hôpital n’a pas de ligne budgétaire pour ça, le chercheur a des crédits de projet qui s’arrêtent au bout de trois ans, la biotech veut payer à l’usage.',
        codes: ['business-model'],
        projects: [P_ADLIN],
        important: true,
      },
      {
        quote:
          'Pour une startup de quinze personnes, suivre tout ça, c’est un métier à part entière. Il faut être capable de pivoter vite, d’adapter le produit, sans casser ce que les clients utilisent déjà.',
        codes: ['market-resilience-agility'],
        projects: [P_ADLIN],
        memo: 'Référentiel DMN cité comme exemple de changement réglementaire à absorber.',
      },
      {
        quote:
          'Beaucoup d’hôpitaux refusent tout ce qui n’est pas sur un cloud français, donc ce n’était pas négociable. Mais ça a un coût, et ça limite certains outils qu’on aurait aimé utiliser.',
        codes: ['data-interoperability-privacy-security', 'tech-service-providers'],
        projects: [P_ADLIN],
      },
      {
        quote:
          'Franchement, au début, on ne savait pas qu’un simple pilote demandait l’accord de la DSI, du DPO et de la direction de la recherche.',
        codes: ['ecosystem-understanding'],
        projects: [],
      },
      {
        quote:
          'Mais il faut que ce soit équilibré : on ne veut pas devenir un prestataire en marque blanche qui disparaît derrière le logo du client.',
        codes: ['business-model', 'expectations-contribution-measurement'],
        projects: [P_ADLIN],
      },
    ],
  },
};

const int08: DemoInterview = {
  key: 'int-08',
  personKey: 'p-int-08',
  title: 'Entretien — cofondateur, Digital Pharma Lab',
  date: '2023-09-13',
  place: 'Locaux de Digital Pharma Lab, Paris',
  mode: 'on-site',
  interviewer: INTERVIEWER_NAME,
  status: 'coded',
  topic: 'Startups, gouvernance et collaboration',
  projects: [P_OCTOPIZE, P_GUTYCARE, P_DIRECTOSANTE],
  transcript: {
    turns: [
      {
        speaker: I,
        role: 'interviewer',
        text: 'Laurent, merci de te prêter au jeu, même si on se croise tous les jours. Je te propose de suivre les mêmes axes que pour les autres entretiens. Ton rôle, d’abord ?',
      },
      {
        speaker: 'Laurent',
        role: 'interviewee',
        text: 'Tu le sais, Solène, mais pour l’enregistrement : je suis cofondateur de Digital Pharma Lab. On est un cabinet de conseil, et on est l’opérateur de Coalition Next. Concrètement, on exécute ce que décide le comité stratégique, on anime le processus d’appel à projets, et on joue le rôle de tiers de confiance entre les membres. Un industriel, un CHU et une startup n’ont pas spontanément confiance les uns dans les autres. Notre travail, c’est de rendre la collaboration possible.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Tu peux rappeler comment la Coalition est née ?',
      },
      {
        speaker: 'Laurent',
        role: 'interviewee',
        text: 'En mars 2020, en plein Covid. Les patients chroniques n’arrivaient plus à être suivis, et quelques acteurs, dont France Biotech et AstraZeneca, ont lancé ce qui s’appelait alors la Coalition Innovation Santé. En quelques semaines, on a recueilli une centaine de besoins auprès des soignants et des associations, et reçu autour de trois cents projets. Plus de dix-neuf ont été financés et déployés sur le terrain. Ensuite on est devenus Coalition Next, avec un appel à projets annuel : seize projets de plus sur 2021 et 2022, dans plus de quatre-vingts établissements.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Comment fonctionne la méthode, aujourd’hui ?',
      },
      {
        speaker: 'Laurent',
        role: 'interviewee',
        text: 'Cinq étapes. On part des besoins des membres, qu’on transforme en thématiques pour l’appel à projets. Les startups candidatent, et on les aide à finaliser leur dossier. Un comité de sélection, où tous les membres sont représentés, note les candidatures sur trois critères : l’impact, la robustesse et la rapidité de déploiement. Les finalistes pitchent devant les membres pour trouver des partenaires. Et enfin, des ateliers collaboratifs réunissent tout le monde pour co-construire le projet de déploiement. C’est là que tout se joue.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et la gouvernance ?',
      },
      {
        speaker: 'Laurent',
        role: 'interviewee',
        text: 'Le cœur, c’est le comité stratégique : un représentant par membre, une réunion chaque semaine, et les décisions se prennent collectivement. À côté, il y a un comité d’éthique qui vérifie la cohérence de ce qu’on fait, et un comité des affaires institutionnelles pour qu’on parle d’une seule voix vers l’extérieur. Honnêtement, ça a un coût. Plus il y a d’instances, plus les décisions sont lentes, et certains membres, les plus petits, ont parfois le sentiment d’être moins entendus.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Sur les projets, qu’est-ce qui distingue ceux qui avancent de ceux qui s’enlisent ?',
      },
      {
        speaker: 'Laurent',
        role: 'interviewee',
        text: 'La composition, déjà. Un projet type, c’est à peu près quatre partenaires : au moins deux industriels, une startup, un ou deux établissements. Ce n’est pas une règle : Octopize, c’était un seul industriel, Roche, avec le CHU de Brest, et ça fonctionne. En moyenne, chaque industriel met un peu plus de quarante mille euros par projet, et au total on a mobilisé environ trois millions et demi d’euros de financements privés. Ensuite, ce qui fait la différence, c’est la qualité du besoin de départ. DirectoSanté avec Pfizer, par exemple, c’est parti d’un problème très concret : une chimio est préparée pour un patient juste avant la séance, et s’il ne vient pas ou s’il a de la fièvre, la dose est perdue. Un message automatique la veille, et on évite le gâchis.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et du côté des startups, quelles difficultés tu observes le plus souvent ?',
      },
      {
        speaker: 'Laurent',
        role: 'interviewee',
        text: 'Trois choses. Elles connaissent mal l’écosystème : qui finance, qui décide, par où entrer à l’hôpital. Elles sous-estiment le temps hospitalier : un pilote qu’elles imaginent en trois mois en prend douze. Et leur modèle économique est fragile : la marque blanche vendue à un grand compte, ça a ses limites, et le B2C en santé, en France, ça marche rarement. On l’a vu cette année avec des startups pourtant prometteuses qui ont été placées en redressement.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Sur GutyCare, comment vois-tu la suite ?',
      },
      {
        speaker: 'Laurent',
        role: 'interviewee',
        text: 'C’est un bon projet, avec une vraie composition public-privé. Mais il faut être lucide : aujourd’hui il ne tient que grâce à Takeda et Norgine. Damien Foucault, chez Takeda, le dit lui-même : les industriels ne peuvent pas porter seuls un outil de suivi au-delà de l’expérimentation. Il faut des financements publics, ou une prise en charge. Notre rôle, c’est de préparer ce relais, en aidant à produire les preuves dont les financeurs auront besoin.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Qu’est-ce qui fait qu’une collaboration multi-acteurs fonctionne, selon toi ?',
      },
      {
        speaker: 'Laurent',
        role: 'interviewee',
        text: 'Des attentes claires dès le début, écrites noir sur blanc : qui apporte quoi, qui décide, qu’est-ce que chacun attend en retour. Sinon, au bout de six mois, l’industriel trouve qu’il paie trop, la startup qu’on lui demande trop, l’hôpital qu’on lui prend trop de temps. Et puis la confidentialité : dès qu’on parle de propriété intellectuelle ou de données patients, il faut des accords solides, sinon personne ne partage rien.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Et pour la suite de la Coalition ?',
      },
      {
        speaker: 'Laurent',
        role: 'interviewee',
        text: 'On s’ouvre à l’international cette année : Belgique, Pays-Bas, Israël, Canada. Le troisième appel à projets s’intitule « La santé numérique, agir au service de tous », avec l’idée de ne laisser personne de côté. En France, on travaille avec de nouveaux acteurs institutionnels pour aider à structurer le secteur. Mon souhait, c’est qu’on passe d’une logique de projets pilotes à une logique de déploiement à l’échelle.',
      },
      {
        speaker: I,
        role: 'interviewer',
        text: 'Un dernier mot ?',
      },
      {
        speaker: 'Laurent',
        role: 'interviewee',
        text: 'Que la santé numérique, c’est d’abord une affaire de gens qui acceptent de travailler ensemble alors qu’ils n’ont pas les mêmes intérêts. La technologie, c’est presque la partie facile.',
      },
    ],
    codings: [
      {
        quote:
          'Un industriel, un CHU et une startup n’ont pas spontanément confiance les uns dans les autres. Notre travail, c’est de rendre la collaboration possible.',
        codes: ['collective-alliance', 'lasting-networks-trust'],
        projects: [],
      },
      {
        quote:
          'Les patients chroniques n’arrivaient plus à être suivis, et quelques acteurs, dont France Biotech et AstraZeneca, ont lancé ce qui s’appelait alors la Coalition Innovation Santé.',
        codes: ['trigger-other', 'collective-alliance'],
        projects: [],
        memo: 'Déclencheur non spécifique : la crise sanitaire de 2020.',
      },
      {
        quote:
          'Plus il y a d’instances, plus les décisions sont lentes, et certains membres, les plus petits, ont parfois le sentiment d’être moins entendus.',
        codes: ['governance-tension'],
        projects: [],
        important: true,
      },
      {
        quote:
          'DirectoSanté avec Pfizer, par exemple, c’est parti d’un problème très concret : une chimio est préparée pour un patient juste avant la séance, et s’il ne vient pas ou s’il a de la fièvre, la dose est perdue.',
        codes: ['trigger-process-improvement'],
        projects: [P_DIRECTOSANTE],
        memo: 'Exemple de déclencheur par amélioration d’un processus existant ; aucun enjeu de déploiement attribué à ce projet.',
      },
      {
        quote: 'Elles connaissent mal l’écosystème : qui finance, qui décide, par où entrer à l’hôpital.',
        codes: ['ecosystem-understanding', 'private-digital-companies'],
        projects: [],
      },
      {
        quote:
          'la marque blanche vendue à un grand compte, ça a ses limites, et le B2C en santé, en France, ça marche rarement.',
        codes: ['business-model'],
        projects: [],
      },
      {
        quote:
          'aujourd’hui il ne tient que grâce à Takeda et Norgine. Damien Foucault, chez Takeda, le dit lui-même : les industriels ne peuvent pas porter seuls un outil de suivi au-delà de l’expérimentation.',
        codes: ['business-model'],
        projects: [P_GUTYCARE],
      },
      {
        quote:
          'les industriels ne peuvent pas porter seuls un outil de suivi au-delà de l’expérimentation. Il faut des financements publics, ou une prise en charge.',
        codes: ['institutional-financial-support'],
        projects: [P_GUTYCARE],
      },
      {
        quote:
          'Sinon, au bout de six mois, l’industriel trouve qu’il paie trop, la startup qu’on lui demande trop, l’hôpital qu’on lui prend trop de temps.',
        codes: ['expectations-contribution-measurement'],
        projects: [],
        important: true,
      },
      {
        quote:
          'dès qu’on parle de propriété intellectuelle ou de données patients, il faut des accords solides, sinon personne ne partage rien.',
        codes: ['sensitive-information-risk', 'partnership-contract'],
        projects: [],
      },
    ],
  },
};

export const demoInterviews: DemoInterview[] = [int01, int02, int03, int04, int05, int06, int07, int08];

// ---------------------------------------------------------------------------------------------------
// Portfolio: funding per partner and deployment-step progress
// ---------------------------------------------------------------------------------------------------

/**
 * Invented contributions, whole euros. The four industrial contributions average exactly 41 720 €,
 * the alliance's reported average per project per industrial. Adlin Science has no funding (not deployed).
 */
export const demoFunding: { project: string; org: string; fundingEur: number }[] = [
  { project: P_OCTOPIZE, org: 'roche', fundingEur: 45000 },
  { project: P_GUTYCARE, org: 'takeda', fundingEur: 42000 },
  { project: P_GUTYCARE, org: 'norgine', fundingEur: 38480 },
  { project: P_DIRECTOSANTE, org: 'pfizer', fundingEur: 41400 },
];

export const demoProjectSteps: {
  project: string;
  step: string;
  status: 'not-started' | 'in-progress' | 'done' | 'blocked';
  note?: string;
}[] = [
  // Octopize × Roche × CHU de Brest: experimentation
  {
    project: P_OCTOPIZE,
    step: 'planning',
    status: 'done',
    note: 'Protocole d’expérimentation validé par les trois partenaires.',
  },
  {
    project: P_OCTOPIZE,
    step: 'training-awareness',
    status: 'done',
    note: 'Séances de présentation de la méthode des avatars aux équipes de recherche.',
  },
  {
    project: P_OCTOPIZE,
    step: 'integration',
    status: 'in-progress',
    note: 'Extraction des données sources dépendante du calendrier de la DSI.',
  },
  {
    project: P_OCTOPIZE,
    step: 'testing-validation',
    status: 'in-progress',
    note: 'Comparaison statistique avatars / données sources et tests de ré-identification.',
  },
  { project: P_OCTOPIZE, step: 'implementation', status: 'not-started' },
  { project: P_OCTOPIZE, step: 'monitoring-maintenance', status: 'not-started' },
  { project: P_OCTOPIZE, step: 'performance-impact-evaluation', status: 'not-started' },
  { project: P_OCTOPIZE, step: 'continuous-improvement', status: 'not-started' },

  // GutyCare × Takeda × Norgine × CHU de Brest × Vivalto Santé: experimentation in Brittany
  {
    project: P_GUTYCARE,
    step: 'planning',
    status: 'done',
    note: 'Protocole et critères d’inclusion communs public / privé.',
  },
  {
    project: P_GUTYCARE,
    step: 'training-awareness',
    status: 'done',
    note: 'Formation des gastro-entérologues et des infirmières ; immersion de l’équipe GutyCare en service.',
  },
  {
    project: P_GUTYCARE,
    step: 'integration',
    status: 'in-progress',
    note: 'Remontée des données de l’application dans les dossiers patients des deux établissements.',
  },
  {
    project: P_GUTYCARE,
    step: 'testing-validation',
    status: 'in-progress',
    note: 'Inclusion des patients et suivi des alertes par les coordinateurs médicaux.',
  },
  {
    project: P_GUTYCARE,
    step: 'implementation',
    status: 'blocked',
    note: 'Généralisation suspendue à un financement au-delà des seuls industriels.',
  },
  { project: P_GUTYCARE, step: 'monitoring-maintenance', status: 'not-started' },
  { project: P_GUTYCARE, step: 'performance-impact-evaluation', status: 'not-started' },
  { project: P_GUTYCARE, step: 'continuous-improvement', status: 'not-started' },

  // DirectoSanté × Pfizer: partnership
  { project: P_DIRECTOSANTE, step: 'planning', status: 'done' },
  {
    project: P_DIRECTOSANTE,
    step: 'training-awareness',
    status: 'done',
    note: 'Information des équipes d’hôpital de jour d’oncologie.',
  },
  { project: P_DIRECTOSANTE, step: 'integration', status: 'done' },
  {
    project: P_DIRECTOSANTE,
    step: 'testing-validation',
    status: 'in-progress',
    note: 'Mesure des préparations de chimiothérapie évitées.',
  },
  { project: P_DIRECTOSANTE, step: 'implementation', status: 'not-started' },
  { project: P_DIRECTOSANTE, step: 'monitoring-maintenance', status: 'not-started' },
  { project: P_DIRECTOSANTE, step: 'performance-impact-evaluation', status: 'not-started' },
  { project: P_DIRECTOSANTE, step: 'continuous-improvement', status: 'not-started' },
];
