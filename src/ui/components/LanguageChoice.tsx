import { useSignalValue } from '../hooks/use-signal'
import { chooseLanguage, LANGUAGE_NAMES, LANGUAGES, language, t } from '../messages'

/**
 * Cymraeg or English: two buttons, each named in its own language (and marked so, for screen
 * readers), the chosen one pressed. The choice applies at once and is kept on the device.
 */
export function LanguageChoice(props: { titled?: boolean }) {
  const chosen = useSignalValue(language)
  return (
    <fieldset>
      {/* Where a heading already names the choice (Settings), the legend is for screen readers. */}
      <legend class={props.titled ? 'visually-hidden' : undefined}>{t('language.choose')}</legend>
      <div class="row">
        {LANGUAGES.map((lang) => (
          <button
            key={lang}
            type="button"
            class={lang === chosen ? 'primary' : 'secondary'}
            lang={lang === 'cy' ? 'cy' : 'en-GB'}
            aria-pressed={lang === chosen}
            onClick={() => void chooseLanguage(lang)}
          >
            {LANGUAGE_NAMES[lang]}
          </button>
        ))}
      </div>
    </fieldset>
  )
}
