import prismIncludeLanguages from "@theme/prism-include-languages";
import { normalizeTokens, Prism } from "prism-react-renderer";
import type { LineToken } from "./lines";

// Loaded on demand (./highlighter), not with the page: Prism's grammars take tens of milliseconds to set
// up. The site's additional languages (themeConfig.prism.additionalLanguages) are added here, where
// Docusaurus adds them at start-up (plugins/code-theme turns that off).
prismIncludeLanguages(Prism);

/** `code` split into lines of Prism tokens, as prism-react-renderer's Highlight does it (its useTokenize). */
export function tokenize(code: string, language: string): LineToken[][] {
  const lang = language.toLowerCase();
  const grammar = Prism.languages[lang];
  if (grammar === undefined) return normalizeTokens([code]);
  const env = { code, grammar, language: lang, tokens: [] as (string | Prism.Token)[] };
  Prism.hooks.run("before-tokenize", env);
  env.tokens = Prism.tokenize(code, grammar);
  Prism.hooks.run("after-tokenize", env);
  return normalizeTokens(env.tokens);
}
