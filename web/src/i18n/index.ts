import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import ar from './ar.json';
import en from './en.json';
import fr from './fr.json';

/** Languages the UI is translated into, with their names in their own language. */
export const languages = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'ar', name: 'العربية' },
] as const;

export type LanguageCode = (typeof languages)[number]['code'];

const storageKey = 'passerelle.language';

function isLanguage(value: string | null | undefined): value is LanguageCode {
  return languages.some((l) => l.code === value);
}

/** The language chosen before, else the browser's, else English. */
function initialLanguage(): LanguageCode {
  const stored = localStorage.getItem(storageKey);
  if (isLanguage(stored)) return stored;
  const browser = navigator.language.split('-')[0];
  return isLanguage(browser) ? browser : 'en';
}

/** Keeps <html lang> and dir in step with the UI language (Arabic is right-to-left). */
function applyToDocument(language: string): void {
  document.documentElement.lang = language;
  document.documentElement.dir = i18n.dir(language);
}

i18n.on('languageChanged', applyToDocument);

/** Switches the UI language and remembers the choice for the next visit. */
export function chooseLanguage(language: LanguageCode): void {
  localStorage.setItem(storageKey, language);
  void i18n.changeLanguage(language);
}

void i18n.use(initReactI18next).init({
  resources: { en: { translation: en }, fr: { translation: fr }, ar: { translation: ar } },
  lng: initialLanguage(),
  fallbackLng: 'en',
  interpolation: { escapeValue: false }, // React escapes already
  initAsync: false,
});
applyToDocument(i18n.language);

export default i18n;
