import type { ModuleContent, OrientationLanguage, OrientationTopic } from '../orientation.js';

/**
 * What the demo orientation says about each destination of the demo corridors, in each
 * language. Written for the demo from general public knowledge (EU-wide emergency number,
 * national social-security and labour-inspection bodies); a real partnership's coordinators
 * replace it with their own text.
 */
export interface DestinationFacts {
  country: string;
  /** The languages spoken at work and in the street. */
  languages: string;
  /** Registration with the municipality or immigration office after arrival. */
  registration: string;
  /** The social-security and health-insurance bodies. */
  socialSecurity: string;
  /** The labour inspectorate, for unpaid wages and unsafe work. */
  inspectorate: string;
  /** A greeting to learn first. */
  greeting: string;
}

type Facts = Record<OrientationLanguage, DestinationFacts>;

const BE: Facts = {
  en: {
    country: 'Belgium',
    languages: 'Dutch in Flanders, French in Wallonia, both in Brussels, German in the east',
    registration:
      'register with the municipality (commune / gemeente) where you live within 8 working days of arrival; a police officer may visit to confirm your address',
    socialSecurity:
      'your employer declares you to the National Social Security Office before your first day (the "Dimona" declaration); you join a health insurance fund (mutualité / ziekenfonds) of your choice',
    inspectorate: 'the inspection of social laws of the Federal Public Service Employment',
    greeting: '"Bonjour" in Brussels and Wallonia, "Goedemorgen" in Flanders',
  },
  fr: {
    country: 'la Belgique',
    languages:
      "le néerlandais en Flandre, le français en Wallonie, les deux à Bruxelles, l'allemand à l'est",
    registration:
      "inscrivez-vous à la commune de votre domicile dans les 8 jours ouvrables suivant l'arrivée ; un agent de quartier peut passer vérifier votre adresse",
    socialSecurity:
      "votre employeur vous déclare à l'Office national de sécurité sociale avant votre premier jour (déclaration « Dimona ») ; vous vous affiliez à la mutualité de votre choix",
    inspectorate: 'le Contrôle des lois sociales du SPF Emploi',
    greeting: '« Bonjour » à Bruxelles et en Wallonie, « Goedemorgen » en Flandre',
  },
  ar: {
    country: 'بلجيكا',
    languages:
      'الهولندية في فلاندرز، والفرنسية في والونيا، واللغتان معاً في بروكسل، والألمانية في الشرق',
    registration:
      'سجّل لدى بلدية مكان سكنك خلال 8 أيام عمل من وصولك؛ وقد يزورك شرطي الحي للتأكد من عنوانك',
    socialSecurity:
      'يصرّح بك صاحب العمل لدى المكتب الوطني للضمان الاجتماعي قبل يومك الأول (تصريح «ديمونا»)، وتنضمّ إلى صندوق التأمين الصحي (الموتواليتيه) الذي تختاره',
    inspectorate: 'مصلحة مراقبة القوانين الاجتماعية التابعة للهيئة الفدرالية للتشغيل',
    greeting: '«بونجور» في بروكسل ووالونيا، و«خودمورخن» في فلاندرز',
  },
};

const LT: Facts = {
  en: {
    country: 'Lithuania',
    languages: 'Lithuanian; many colleagues in ICT also work in English',
    registration:
      'collect your residence permit card from the Migration Department and declare your place of residence',
    socialSecurity:
      'your employer registers you with Sodra, the State Social Insurance Fund; compulsory health insurance follows from it',
    inspectorate: 'the State Labour Inspectorate',
    greeting: '"Laba diena" (good day)',
  },
  fr: {
    country: 'la Lituanie',
    languages:
      "le lituanien ; dans l'informatique, beaucoup de collègues travaillent aussi en anglais",
    registration:
      'retirez votre carte de séjour au Département des migrations et déclarez votre lieu de résidence',
    socialSecurity:
      "votre employeur vous inscrit à Sodra, la caisse publique d'assurance sociale ; l'assurance maladie obligatoire en découle",
    inspectorate: "l'Inspection nationale du travail",
    greeting: '« Laba diena » (bonjour)',
  },
  ar: {
    country: 'ليتوانيا',
    languages: 'الليتوانية، ويعمل كثير من الزملاء في قطاع المعلوماتية بالإنجليزية أيضاً',
    registration: 'استلم بطاقة الإقامة من إدارة الهجرة وصرّح بمكان سكنك',
    socialSecurity:
      'يسجّلك صاحب العمل لدى «سودرا»، صندوق التأمين الاجتماعي الحكومي، ويترتب على ذلك التأمين الصحي الإلزامي',
    inspectorate: 'مفتشية العمل الحكومية',
    greeting: '«لابا ديينا» (نهارك سعيد)',
  },
};

const IT: Facts = {
  en: {
    country: 'Italy',
    languages: 'Italian',
    registration:
      'ask for your residence permit (permesso di soggiorno) within 8 working days of arrival, with the kit from a post office, then register your residence at the municipality (anagrafe)',
    socialSecurity:
      'your employer pays your contributions to INPS; register with the national health service (SSN) at the local health authority to choose a family doctor',
    inspectorate: 'the National Labour Inspectorate (Ispettorato Nazionale del Lavoro)',
    greeting: '"Buongiorno"',
  },
  fr: {
    country: "l'Italie",
    languages: "l'italien",
    registration:
      "demandez votre titre de séjour (permesso di soggiorno) dans les 8 jours ouvrables suivant l'arrivée, avec le dossier disponible à la poste, puis inscrivez votre résidence à la mairie (anagrafe)",
    socialSecurity:
      "votre employeur verse vos cotisations à l'INPS ; inscrivez-vous au service national de santé (SSN) auprès de l'autorité sanitaire locale pour choisir un médecin de famille",
    inspectorate: "l'Inspection nationale du travail (Ispettorato Nazionale del Lavoro)",
    greeting: '« Buongiorno »',
  },
  ar: {
    country: 'إيطاليا',
    languages: 'الإيطالية',
    registration:
      'اطلب تصريح الإقامة (بيرميسّو دي سوجورنو) خلال 8 أيام عمل من وصولك بالملف المتوفر في مكتب البريد، ثم سجّل إقامتك في البلدية',
    socialSecurity:
      'يدفع صاحب العمل اشتراكاتك إلى المعهد الوطني للضمان الاجتماعي (INPS)، وسجّل في الخدمة الصحية الوطنية لدى السلطة الصحية المحلية لتختار طبيب الأسرة',
    inspectorate: 'المفتشية الوطنية للعمل',
    greeting: '«بونجورنو»',
  },
};

/** The demo destinations' facts, by ISO country code. */
export const DESTINATION_FACTS: Record<string, Facts> = { BE, LT, IT };

/** One language's text of every topic, written once and filled with a destination's facts. */
export type DemoModuleText = Record<
  OrientationTopic,
  (facts: DestinationFacts) => Omit<ModuleContent, 'passMark'>
>;
