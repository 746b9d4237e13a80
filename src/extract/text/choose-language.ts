import type { Diagnostic } from '../types.ts';
import { detectLanguage } from './detect-language.ts';

/**
 * The document's language (as its metadata declares it, else guessed from the body) and the rules
 * to read it with: German for any "de…", English for everything else, said so in a diagnostic.
 */
export function chooseLanguage(
  body: string,
  declared: string | null,
  diagnostics: Diagnostic[],
): { documentLang: string; rules: 'de' | 'en' } {
  let lang = declared?.toLowerCase() ?? null;
  if (!lang) {
    const detected = detectLanguage(body);
    lang = detected.lang;
    if (!detected.reliable)
      diagnostics.push({ level: 'info', message: `language guessed as "${lang}" with low confidence` });
  }
  const rules = lang.startsWith('de') ? 'de' : 'en';
  if (rules !== lang.slice(0, 2))
    diagnostics.push({ level: 'warning', message: `no rules for language "${lang}"; English rules used` });
  return { documentLang: lang, rules };
}
