/** What the demo needs to invent plausible organisations and people in a country. */
export interface CountryProfile {
  name: string;
  capital: string;
  cities: readonly string[];
  /** Language the country's demo users see the UI in (BCP 47). */
  locale: string;
  givenNames: readonly string[];
  /** Family names; a pair is the [masculine, feminine] form, chosen together with the given name. */
  familyNames: readonly (string | readonly [string, string])[];
  /** Words that start invented company names (rivers, regions: no real firms). */
  companyStems: readonly string[];
  legalForm: string;
}

/** Given names listed as feminine in a profile start with this marker (stripped on use). */
export const FEMININE = '~';

/** The countries on the demo corridors. */
export const COUNTRIES: Record<string, CountryProfile> = {
  MA: {
    name: 'Morocco',
    capital: 'Rabat',
    cities: ['Casablanca', 'Rabat', 'Tangier', 'Fès', 'Marrakesh'],
    locale: 'fr',
    givenNames: [
      'Youssef',
      '~Fatima',
      'Mohamed',
      '~Khadija',
      'Omar',
      '~Salma',
      'Hamza',
      '~Imane',
      'Karim',
      '~Nadia',
    ],
    familyNames: [
      'Alaoui',
      'Bennani',
      'El Idrissi',
      'Tazi',
      'Berrada',
      'Chraibi',
      'Lahlou',
      'Amrani',
    ],
    companyStems: ['Atlas', 'Bouregreg', 'Oum Er-Rbia', 'Sebou', 'Rif'],
    legalForm: 'SARL',
  },
  NG: {
    name: 'Nigeria',
    capital: 'Abuja',
    cities: ['Lagos', 'Abuja', 'Ibadan', 'Enugu', 'Kano'],
    locale: 'en',
    givenNames: [
      'Chinedu',
      '~Ngozi',
      'Emeka',
      '~Aisha',
      'Tunde',
      '~Funmilayo',
      'Ibrahim',
      '~Chioma',
      'Olumide',
      '~Zainab',
    ],
    familyNames: ['Okafor', 'Adeyemi', 'Balogun', 'Eze', 'Nwosu', 'Okonkwo', 'Abubakar', 'Adebayo'],
    companyStems: ['Niger Delta', 'Benue', 'Ogun', 'Jos Plateau', 'Osun'],
    legalForm: 'Ltd',
  },
  SN: {
    name: 'Senegal',
    capital: 'Dakar',
    cities: ['Dakar', 'Thiès', 'Saint-Louis', 'Ziguinchor', 'Kaolack'],
    locale: 'fr',
    givenNames: [
      'Mamadou',
      '~Awa',
      'Cheikh',
      '~Fatou',
      'Ousmane',
      '~Aminata',
      'Ibrahima',
      '~Mariama',
      'Moussa',
      '~Ndeye',
    ],
    familyNames: ['Diop', 'Ndiaye', 'Fall', 'Sow', 'Ba', 'Faye', 'Sarr', 'Gueye'],
    companyStems: ['Casamance', 'Sine Saloum', 'Cap-Vert', 'Falémé', 'Ferlo'],
    legalForm: 'SARL',
  },
  TN: {
    name: 'Tunisia',
    capital: 'Tunis',
    cities: ['Tunis', 'Sfax', 'Sousse', 'Bizerte', 'Gabès'],
    locale: 'fr',
    givenNames: [
      'Mehdi',
      '~Amira',
      'Aymen',
      '~Ines',
      'Skander',
      '~Rania',
      'Walid',
      '~Sarra',
      'Anis',
      '~Yasmine',
    ],
    familyNames: [
      'Ben Salah',
      'Trabelsi',
      'Gharbi',
      'Jlassi',
      'Hammami',
      'Mejri',
      'Chaabane',
      'Dridi',
    ],
    companyStems: ['Medjerda', 'Cap Bon', 'Sahel', 'Kerkennah', 'Djerba'],
    legalForm: 'SARL',
  },
  MR: {
    name: 'Mauritania',
    capital: 'Nouakchott',
    cities: ['Nouakchott', 'Nouadhibou', 'Rosso', 'Kiffa'],
    locale: 'fr',
    givenNames: [
      'Sidi',
      '~Mariem',
      'Ahmed Salem',
      '~Aminetou',
      'Brahim',
      '~Zeinabou',
      'Moctar',
      '~Khadijetou',
    ],
    familyNames: [
      ['Ould Abdallahi', 'Mint Abdallahi'],
      ['Ould Cheikh', 'Mint Cheikh'],
      ['Ould Brahim', 'Mint Brahim'],
      'Vall',
      'Sy',
      'Kane',
    ],
    companyStems: ['Adrar', 'Banc d’Arguin', 'Trarza', 'Tagant'],
    legalForm: 'SARL',
  },
  BE: {
    name: 'Belgium',
    capital: 'Brussels',
    cities: ['Brussels', 'Antwerp', 'Ghent', 'Liège', 'Leuven', 'Charleroi'],
    locale: 'nl',
    givenNames: [
      'Pieter',
      '~Lotte',
      'Thomas',
      '~Sofie',
      'Julien',
      '~Elise',
      'Maxime',
      '~Camille',
      'Bram',
      '~Nina',
    ],
    familyNames: ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Dubois', 'Lambert', 'Willems', 'Claes'],
    companyStems: ['Scheldt', 'Meuse', 'Kempen', 'Zenne', 'Ardennes', 'Leie'],
    legalForm: 'NV',
  },
  LT: {
    name: 'Lithuania',
    capital: 'Vilnius',
    cities: ['Vilnius', 'Kaunas', 'Klaipėda', 'Šiauliai'],
    locale: 'lt',
    givenNames: [
      'Mantas',
      '~Eglė',
      'Tomas',
      '~Rūta',
      'Lukas',
      '~Ieva',
      'Jonas',
      '~Greta',
      'Paulius',
      '~Austėja',
    ],
    familyNames: [
      ['Kazlauskas', 'Kazlauskienė'],
      ['Jankauskas', 'Jankauskienė'],
      ['Petrauskas', 'Petrauskienė'],
      ['Stankevičius', 'Stankevičienė'],
      ['Vasiliauskas', 'Vasiliauskienė'],
    ],
    companyStems: ['Nemunas', 'Neris', 'Baltic Amber', 'Curonian', 'Dzūkija'],
    legalForm: 'UAB',
  },
  IT: {
    name: 'Italy',
    capital: 'Rome',
    cities: ['Milan', 'Turin', 'Rome', 'Bologna', 'Naples'],
    locale: 'it',
    givenNames: [
      'Marco',
      '~Giulia',
      'Luca',
      '~Francesca',
      'Matteo',
      '~Chiara',
      'Andrea',
      '~Sara',
      'Davide',
      '~Elena',
    ],
    familyNames: ['Rossi', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Marino', 'Greco', 'Conti'],
    companyStems: ['Ticino', 'Adige', 'Brenta', 'Po Valley', 'Lario'],
    legalForm: 'S.r.l.',
  },
  NL: {
    name: 'Netherlands',
    capital: 'The Hague',
    cities: ['Amsterdam', 'Rotterdam', 'Eindhoven', 'Utrecht', 'Groningen'],
    locale: 'nl',
    givenNames: [
      'Daan',
      '~Sanne',
      'Jesse',
      '~Lisa',
      'Thijs',
      '~Emma',
      'Lars',
      '~Fleur',
      'Ruben',
      '~Anouk',
    ],
    familyNames: [
      'de Jong',
      'Jansen',
      'de Vries',
      'van Dijk',
      'Bakker',
      'Visser',
      'Smit',
      'Meijer',
    ],
    companyStems: ['Waal', 'IJssel', 'Veluwe', 'Zuiderzee', 'Maas'],
    legalForm: 'B.V.',
  },
};

/** The profile of a demo country; the demo only uses the countries above. */
export function countryProfile(alpha2: string): CountryProfile {
  const profile = COUNTRIES[alpha2];
  if (!profile) throw new Error(`No demo profile for country ${alpha2}`);
  return profile;
}
