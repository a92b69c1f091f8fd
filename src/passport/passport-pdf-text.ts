/** The words of the printable passport, in the languages of the UI (EN, FR, AR). */

/** A language the passport PDF is printed in. */
export type PassportLanguage = 'en' | 'fr' | 'ar';
export const passportLanguages: readonly PassportLanguage[] = ['en', 'fr', 'ar'];

/** Labels and sentences of the PDF in one language. */
export interface PassportWords {
  title: string;
  holder: string;
  printedOn: string;
  issuer: string;
  issued: string;
  expires: string;
  status: string;
  credentialId: string;
  page: (n: number, of: number) => string;
  none: string;
  howToVerifyTitle: string;
  /** How to verify, given the address of the public verification page. */
  howToVerify: (verifyPage: string) => string;
  kinds: Record<string, string>;
  statuses: Record<string, string>;
  /** Labels of the claims `passportClaims` reads (same keys as the UI's `passport.claims`). */
  claims: Record<string, string>;
  yes: string;
  no: string;
}

const en: PassportWords = {
  title: 'Skills passport',
  holder: 'Holder',
  printedOn: 'Printed on',
  issuer: 'Issuer',
  issued: 'Issued',
  expires: 'Expires',
  status: 'Status when printed',
  credentialId: 'Credential',
  page: (n, of) => `Page ${n} of ${of}`,
  none: 'No credential was chosen for this passport.',
  howToVerifyTitle: 'How to verify this passport',
  howToVerify: (verifyPage) =>
    `Each QR code opens the public verification page (${verifyPage}), which needs no account. ` +
    'It checks the signature of the issuing organisation, the dates, and whether the credential ' +
    'has since been revoked or suspended, and shows what was proven. Paper can be copied: trust ' +
    'what the verification page says, not this print. The holder can also hand over each ' +
    'credential as a file (VC-JWT, W3C Verifiable Credentials 2.0) that any standard verifier ' +
    "checks with the issuer's did:key or did:web, without contacting Passerelle.",
  kinds: {
    recognition_decision: 'Recognition decision',
    rpl_assessment: 'Recognition of prior learning (skills assessed)',
    training_completion: 'Training completed',
    orientation_completion: 'Pre-departure orientation',
  },
  statuses: {
    valid: 'Valid',
    revoked: 'Revoked',
    suspended: 'Suspended',
    expired: 'Expired',
  },
  claims: {
    outcome: 'Outcome',
    target: 'Recognised for',
    qualifications: 'Qualifications',
    compensation: 'Compensation required',
    agreement: 'Agreement applied',
    licenceRequired: 'Licence required',
    decidedOn: 'Decided on',
    achievement: 'Achievement',
    level: 'Level',
    description: 'Content',
    awardedBy: 'Awarded by',
    dualCertification: 'Dual certification',
    hours: 'Hours',
    results: 'Skills assessed',
    method: 'Method',
    evidence: 'Evidence',
    skills: 'Skills',
  },
  yes: 'yes',
  no: 'no',
};

const fr: PassportWords = {
  title: 'Passeport de compétences',
  holder: 'Titulaire',
  printedOn: 'Imprimé le',
  issuer: 'Émetteur',
  issued: 'Délivré le',
  expires: 'Expire le',
  status: "Statut à l'impression",
  credentialId: 'Attestation',
  page: (n, of) => `Page ${n} sur ${of}`,
  none: "Aucune attestation n'a été choisie pour ce passeport.",
  howToVerifyTitle: 'Comment vérifier ce passeport',
  howToVerify: (verifyPage) =>
    `Chaque code QR ouvre la page publique de vérification (${verifyPage}), sans compte. ` +
    "Elle contrôle la signature de l'organisme émetteur, les dates, et si l'attestation a été " +
    'révoquée ou suspendue depuis, puis affiche ce qui a été prouvé. Le papier peut être copié : ' +
    'fiez-vous à la page de vérification, pas à cette impression. Le titulaire peut aussi ' +
    'remettre chaque attestation sous forme de fichier (VC-JWT, W3C Verifiable Credentials 2.0) ' +
    "que tout vérificateur standard contrôle avec le did:key ou le did:web de l'émetteur, sans " +
    'contacter Passerelle.',
  kinds: {
    recognition_decision: 'Décision de reconnaissance',
    rpl_assessment: 'Validation des acquis (compétences évaluées)',
    training_completion: 'Formation achevée',
    orientation_completion: 'Orientation avant le départ',
  },
  statuses: {
    valid: 'Valide',
    revoked: 'Révoquée',
    suspended: 'Suspendue',
    expired: 'Expirée',
  },
  claims: {
    outcome: 'Résultat',
    target: 'Reconnue pour',
    qualifications: 'Qualifications',
    compensation: 'Mesures de compensation',
    agreement: 'Accord appliqué',
    licenceRequired: "Autorisation d'exercer requise",
    decidedOn: 'Décidée le',
    achievement: 'Acquis',
    level: 'Niveau',
    description: 'Contenu',
    awardedBy: 'Délivrée par',
    dualCertification: 'Double certification',
    hours: 'Heures',
    results: 'Compétences évaluées',
    method: 'Méthode',
    evidence: 'Preuve',
    skills: 'Compétences',
  },
  yes: 'oui',
  no: 'non',
};

const ar: PassportWords = {
  title: 'جواز المهارات',
  holder: 'الحامل',
  printedOn: 'تاريخ الطباعة',
  issuer: 'الجهة المصدرة',
  issued: 'تاريخ الإصدار',
  expires: 'تاريخ الانتهاء',
  status: 'الحالة عند الطباعة',
  credentialId: 'الشهادة',
  page: (n, of) => `الصفحة ${n} من ${of}`,
  none: 'لم يتم اختيار أي شهادة لهذا الجواز.',
  howToVerifyTitle: 'كيفية التحقق من هذا الجواز',
  howToVerify: (verifyPage) =>
    `يفتح كل رمز QR صفحة التحقق العامة (${verifyPage}) دون الحاجة إلى حساب. ` +
    'تتحقق الصفحة من توقيع الجهة المصدرة ومن التواريخ ومما إذا كانت الشهادة قد أُلغيت أو عُلّقت منذ ذلك الحين، ' +
    'وتعرض ما تم إثباته. يمكن نسخ الورق: اعتمد على ما تقوله صفحة التحقق لا على هذه النسخة المطبوعة. ' +
    'ويمكن للحامل أيضًا تسليم كل شهادة كملف (VC-JWT، W3C Verifiable Credentials 2.0) ' +
    'يتحقق منه أي أداة تحقق قياسية باستخدام did:key أو did:web للجهة المصدرة، دون الاتصال بـ Passerelle.',
  kinds: {
    recognition_decision: 'قرار الاعتراف',
    rpl_assessment: 'الاعتراف بالتعلم السابق (تقييم المهارات)',
    training_completion: 'إتمام التدريب',
    orientation_completion: 'التوجيه قبل المغادرة',
  },
  statuses: {
    valid: 'صالحة',
    revoked: 'ملغاة',
    suspended: 'معلّقة',
    expired: 'منتهية الصلاحية',
  },
  claims: {
    outcome: 'النتيجة',
    target: 'معترف بها لـ',
    qualifications: 'المؤهلات',
    compensation: 'تدابير التعويض المطلوبة',
    agreement: 'الاتفاق المطبق',
    licenceRequired: 'الترخيص مطلوب',
    decidedOn: 'تاريخ القرار',
    achievement: 'الإنجاز',
    level: 'المستوى',
    description: 'المحتوى',
    awardedBy: 'الجهة المانحة',
    dualCertification: 'شهادة مزدوجة',
    hours: 'الساعات',
    results: 'المهارات المقيّمة',
    method: 'الطريقة',
    evidence: 'الإثبات',
    skills: 'المهارات',
  },
  yes: 'نعم',
  no: 'لا',
};

/** The words of the passport in `language`. */
export function passportWords(language: PassportLanguage): PassportWords {
  return { en, fr, ar }[language];
}
