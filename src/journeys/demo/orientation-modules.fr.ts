import type { DemoModuleText } from './orientation-destinations.js';

/** La démo de l'orientation en français, pour toute destination des corridors de démonstration. */
export const FRENCH: DemoModuleText = {
  rights_and_duties: (f) => ({
    title: `Vos droits et devoirs en ${f.country.replace(/^(la |l')/, '')}`,
    body: [
      `En ${f.country.replace(/^(la |l')/, '')}, vous avez au travail les mêmes droits qu'un travailleur national qui fait le même emploi : même salaire minimum et même convention collective, mêmes horaires et repos, même protection contre la discrimination et le licenciement sans motif.`,
      "Votre passeport et votre titre de séjour sont à vous. Personne — employeur, recruteur ou propriétaire — ne peut les garder. Si quelqu'un vous le demande, refusez et prévenez le contact du partenariat.",
      `Vos devoirs : respecter la loi et votre contrat, garder vos titres de séjour valides, et ${f.registration}.`,
      "Vous pouvez adhérer à un syndicat, quelle que soit votre nationalité. Les frais de recrutement ne sont pas à votre charge : dans ce partenariat, vous ne payez rien pour obtenir l'emploi.",
    ].join('\n\n'),
    questions: [
      {
        prompt:
          'Votre employeur propose de garder votre passeport « par sécurité ». Que faites-vous ?',
        choices: [
          'Je le lui donne',
          'Je le garde et je préviens le contact du partenariat',
          'Je le confie à un collègue',
        ],
        answer: 1,
        explanation: 'Vos documents sont à vous ; les retenir est un signe de travail forcé.',
      },
      {
        prompt: 'Par rapport à un collègue national au même poste, votre salaire doit être…',
        choices: ['Plus bas au début', 'Le même', 'Ce que vous acceptez'],
        answer: 1,
        explanation:
          "Égalité de traitement : le même salaire minimum et la même convention s'appliquent.",
      },
      {
        prompt: 'Qui paie les frais de recrutement dans ce partenariat ?',
        choices: ['Vous', 'Personne ne vous en demande', 'Votre famille'],
        answer: 1,
        explanation:
          "Recrutement équitable : le travailleur ne paie aucun frais pour obtenir l'emploi.",
      },
    ],
  }),
  contract: (f) => ({
    title: 'Votre contrat et comment le lire',
    body: [
      'Lisez tout le contrat avant de signer, dans une langue que vous comprenez ; demandez une traduction si besoin. Vous recevez une copie signée : gardez-la, et une photo sur votre téléphone.',
      "Vérifiez : l'employeur et le lieu de travail ; l'intitulé du poste et les tâches ; le salaire brut et sa périodicité ; les heures par semaine et le paiement des heures supplémentaires ; les congés payés ; la période d'essai ; les dates de début et de fin ; le préavis ; qui paie le voyage et le logement, et si quelque chose est retenu sur le salaire.",
      `Le salaire brut est avant impôts et cotisations ; le net est ce qui arrive sur votre compte. Votre fiche de paie montre les deux. En ${f.country.replace(/^(la |l')/, '')}, votre contrat ne peut pas offrir moins que la loi et la convention collective du secteur.`,
      'Une modification du contrat est écrite et signée par les deux parties ; personne ne peut la changer oralement.',
    ].join('\n\n'),
    questions: [
      {
        prompt: "Qu'est-ce que le salaire net ?",
        choices: [
          'Le salaire avant impôts',
          'Ce qui arrive sur votre compte après impôts et cotisations',
          'Le salaire plus les heures supplémentaires',
        ],
        answer: 1,
        explanation: 'Le brut est avant impôts et cotisations ; le net est ce que vous recevez.',
      },
      {
        prompt:
          'Votre responsable annonce que vos horaires changent la semaine prochaine. Le contrat est-il modifié ?',
        choices: [
          'Oui, dès maintenant',
          'Seulement quand un avenant écrit est signé par les deux parties',
          "Seulement si un collègue l'a entendu",
        ],
        answer: 1,
        explanation: 'Une modification du contrat est écrite et signée par les deux parties.',
      },
      {
        prompt: 'Avant de signer un contrat dans une langue que vous lisez mal, vous…',
        choices: [
          "Signez vite pour garder l'emploi",
          'Demandez une traduction et des réponses à vos questions',
          'Signez et lisez plus tard',
        ],
        answer: 1,
        explanation: 'Vous avez le droit de comprendre ce que vous signez.',
      },
    ],
  }),
  cost_of_living: (f) => ({
    title: "Coût de la vie et envoi d'argent",
    body: [
      `Faites un budget mensuel avant de partir : loyer et charges, transport, nourriture, téléphone, assurance santé, et ce que vous envoyez à la famille. Dans les villes, en ${f.country.replace(/^(la |l')/, '')}, le loyer prend une grande part d'un premier salaire ; une garantie d'un à trois mois de loyer est courante.`,
      'Votre premier salaire peut arriver un mois après le début : emportez de quoi vivre les premières semaines.',
      "Pour envoyer de l'argent, comparez le coût total : les frais et la marge sur le taux de change ensemble. Les banques et services agréés sont plus sûrs que l'argent liquide ou les intermédiaires informels ; un envoi par mois coûte en général moins que de petits envois chaque semaine.",
      "Gardez une petite épargne de précaution. Personne ne peut prendre une part de votre salaire pour vous avoir trouvé l'emploi.",
    ].join('\n\n'),
    questions: [
      {
        prompt: "Le coût d'un envoi d'argent, c'est…",
        choices: [
          'Seulement les frais',
          'Les frais et la marge sur le taux de change',
          'Toujours gratuit en ligne',
        ],
        answer: 1,
        explanation: 'Un envoi « gratuit » peut cacher son coût dans un mauvais taux de change.',
      },
      {
        prompt: 'Quand arrivera votre premier salaire ?',
        choices: [
          'Le premier jour',
          'Peut-être après un mois seulement : prévoyez-le',
          'Avant le départ',
        ],
        answer: 1,
        explanation: 'Le salaire est en général versé chaque mois, après le travail fait.',
      },
      {
        prompt: "Qu'est-ce qui coûte en général le moins ?",
        choices: ['Un envoi par mois', 'Beaucoup de petits envois par semaine'],
        answer: 0,
        explanation: 'Les frais fixes rendent chers les petits envois fréquents.',
      },
    ],
  }),
  health_and_social_security: (f) => ({
    title: 'Santé et sécurité sociale',
    body: [
      `Dès votre premier jour de travail, vous êtes couvert par la sécurité sociale : ${f.socialSecurity}.`,
      'Vos cotisations comptent pour les indemnités de maladie, les accidents du travail, le chômage et la pension. Demandez si une convention de sécurité sociale entre votre pays et la destination vous permet de garder ou de transférer vos droits à pension, et gardez toutes vos fiches de paie et attestations : vous en aurez besoin au retour.',
      "Si vous êtes malade, prévenez l'employeur le jour même et voyez un médecin : un certificat médical protège votre salaire et votre emploi. Un accident du travail est déclaré par l'employeur ; insistez pour qu'il le soit.",
      "En cas d'urgence, appelez le 112, gratuit depuis n'importe quel téléphone dans l'Union européenne.",
    ].join('\n\n'),
    questions: [
      {
        prompt: "Le numéro d'urgence dans l'Union européenne est…",
        choices: ['911', '112', '15'],
        answer: 1,
        explanation:
          "Le 112 est gratuit depuis n'importe quel téléphone dans tous les pays de l'UE.",
      },
      {
        prompt:
          'Vous êtes malade et ne pouvez pas travailler. Qu’est-ce qui protège votre salaire et votre emploi ?',
        choices: [
          'Rester chez soi sans rien dire',
          "Prévenir l'employeur le jour même et un certificat médical",
          'Demander à un ami de travailler à votre place',
        ],
        answer: 1,
        explanation: 'Prévenir et fournir un certificat médical, c’est ce que la loi demande.',
      },
      {
        prompt: 'Pourquoi garder vos fiches de paie après le retour ?',
        choices: [
          'Elles prouvent vos cotisations pour la pension et les prestations',
          'Elles ne servent à rien',
        ],
        answer: 0,
        explanation: 'Les droits à pension se prouvent par les cotisations versées.',
      },
    ],
  }),
  culture_and_language: (f) => ({
    title: 'Vivre à destination : culture et langue',
    body: [
      `Langues : ${f.languages}. Apprenez quelques mots avant de partir ; un cours de langue fait partie de votre plan d'arrivée. Commencez par ${f.greeting}.`,
      "Au travail, la ponctualité compte : arriver à l'heure, ou prévenir avant d'être en retard, est attendu. Les réunions commencent à l'heure ; on dit ouvertement son désaccord, et ce n'est pas impoli.",
      'Posez des questions quand vous ne comprenez pas une consigne, surtout de sécurité. Les collègues préfèrent une question à une erreur.',
      "Les journées d'hiver sont courtes et froides : emportez des vêtements chauds ou prévoyez-les dans le budget. Rencontrez des compatriotes grâce à l'association de la diaspora du partenariat, et des gens du pays par le sport, les cafés de langues et le bénévolat.",
    ].join('\n\n'),
    questions: [
      {
        prompt: 'Vous aurez 15 minutes de retard. Qu’attend-on de vous ?',
        choices: [
          "Rien, c'est normal",
          "Prévenir votre responsable avant l'heure",
          'Vous expliquer le lendemain',
        ],
        answer: 1,
        explanation: 'La ponctualité, ou prévenir à l’avance, est attendue au travail.',
      },
      {
        prompt: "Vous n'avez pas compris une consigne de sécurité. Vous…",
        choices: [
          'Devinez',
          "Redemandez jusqu'à ce que ce soit clair",
          'Attendez de voir ce que font les autres',
        ],
        answer: 1,
        explanation: 'Une question vaut toujours mieux qu’un accident.',
      },
      {
        prompt: 'Quelles langues entendrez-vous à destination ?',
        choices: [f.languages, "Seulement l'anglais"],
        answer: 0,
        explanation: `Langues : ${f.languages}.`,
      },
    ],
  }),
  grievance: (f) => ({
    title: 'Comment faire une réclamation et qui appeler',
    body: [
      "Quelque chose ne va pas — salaire en retard ou manquant, heures supplémentaires non payées, travail dangereux, harcèlement, document confisqué. Notez ce qui s'est passé, quand, et qui était là ; gardez les messages, fiches de paie et photos.",
      "Parlez d'abord à votre responsable si vous le pouvez. Si cela ne suffit pas, ou si le problème vient de lui, contactez le contact du partenariat indiqué sur votre page de parcours, ou un syndicat : ils peuvent parler pour vous.",
      `Pour un salaire impayé ou un travail dangereux, ${f.inspectorate} peut contrôler votre lieu de travail ; vous n'avez pas besoin de l'accord de l'employeur pour le contacter. Votre ambassade ou consulat aide pour les documents et en cas de difficulté grave. En danger, appelez le 112.`,
      'Faire une réclamation ne peut pas être un motif de licenciement ni de retrait de votre titre de séjour. Vous pouvez aussi la faire dans Passerelle : elle reste dans votre parcours et elle est suivie.',
    ].join('\n\n'),
    questions: [
      {
        prompt: 'Votre salaire a deux semaines de retard. Que gardez-vous ?',
        choices: [
          'Rien, j’attends',
          'Fiches de paie, messages et notes datées',
          'Seulement mes souvenirs',
        ],
        answer: 1,
        explanation: 'Des traces écrites rendent la réclamation facile à suivre.',
      },
      {
        prompt: 'Le problème vient de votre responsable. Qui pouvez-vous contacter ?',
        choices: ['Personne', 'Le contact du partenariat ou un syndicat', 'Seulement ma famille'],
        answer: 1,
        explanation: 'Le contact du partenariat et les syndicats peuvent parler pour vous.',
      },
      {
        prompt: 'Peut-on vous licencier pour avoir fait une réclamation ?',
        choices: ['Oui', "Non, ce n'est pas un motif légal"],
        answer: 1,
        explanation: 'Les représailles contre une plainte sont interdites.',
      },
    ],
  }),
};
