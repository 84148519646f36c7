import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const next: Language = i18n.language === 'en' ? 'zh-CN' : 'en';
  return (
    <button type="button" className="link-button" data-testid="language-switch" lang={next} onClick={() => setLanguage(next)}>
      {t('language.switchTo')}
    </button>
  );
}
