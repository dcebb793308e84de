import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { nl } from './nl';

export const LANGUAGES = ['nl', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const KEY = 'casus.language';
const chosen = localStorage.getItem(KEY);

void i18n.use(initReactI18next).init({
  resources: { nl: { translation: nl }, en: { translation: en } },
  lng: chosen === 'en' ? 'en' : 'nl',
  fallbackLng: 'nl',
  // React escapes what it renders; i18next escaping it again would show entities.
  interpolation: { escapeValue: false },
});

export function chooseLanguage(language: Language): void {
  localStorage.setItem(KEY, language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}

document.documentElement.lang = i18n.language;

export default i18n;
