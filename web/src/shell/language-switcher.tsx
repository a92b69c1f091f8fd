import { useTranslation } from 'react-i18next';
import { chooseLanguage, languages } from '../i18n';
import type { LanguageCode } from '../i18n';

/** A labelled select that switches the UI language (and with it <html lang> and dir). */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switcher">
      <label htmlFor="language-select">{t('shell.language')}</label>
      <select
        id="language-select"
        value={i18n.resolvedLanguage ?? 'en'}
        onChange={(e) => chooseLanguage(e.target.value as LanguageCode)}
      >
        {languages.map((l) => (
          <option key={l.code} value={l.code} lang={l.code}>
            {l.name}
          </option>
        ))}
      </select>
    </div>
  );
}
