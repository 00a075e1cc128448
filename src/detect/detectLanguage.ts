// Language detection with the packs themselves: the script of the letters picks the
// candidates, the pack's stopwords (the most frequent function words) pick among them.
import type { RulePack } from '../packs/types.js';

const SCRIPTS: Record<RulePack['detect']['script'], RegExp> = {
  Latn: /\p{Script=Latin}/u,
  Cyrl: /\p{Script=Cyrillic}/u,
  Arab: /\p{Script=Arabic}/u,
  Grek: /\p{Script=Greek}/u,
  Hebr: /\p{Script=Hebrew}/u,
  Deva: /\p{Script=Devanagari}/u,
  Hani: /\p{Script=Han}/u,
};

/** Enough text to be sure, little enough to be quick on a large file. */
const SAMPLE = 20_000;

export interface LanguageDetector {
  detect(text: string): string | undefined;
}

export function languageDetector(packs: readonly RulePack[]): LanguageDetector {
  const stopwords = new Map<string, string[]>();
  for (const pack of packs) {
    for (const word of pack.detect.stopwords) {
      const w = word.toLocaleLowerCase();
      stopwords.set(w, [...(stopwords.get(w) ?? []), pack.lang]);
    }
  }
  const scriptOf = new Map(packs.map((p) => [p.lang, p.detect.script]));
  return {
    detect(text) {
      const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
      const words = sample.toLocaleLowerCase().match(/[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)?/gu) ?? [];
      if (words.length === 0) return undefined;
      // The dominant script among letters.
      const scriptCounts = new Map<string, number>();
      for (const word of words) {
        for (const [script, re] of Object.entries(SCRIPTS)) {
          if (re.test(word[0]!)) {
            scriptCounts.set(script, (scriptCounts.get(script) ?? 0) + word.length);
            break;
          }
        }
      }
      const script = [...scriptCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
      const scores = new Map<string, number>();
      for (const word of words) {
        const langs = stopwords.get(word);
        if (!langs) continue;
        for (const lang of langs) if (scriptOf.get(lang) === script) scores.set(lang, (scores.get(lang) ?? 0) + 1 / langs.length);
      }
      const best = [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      if (best) return best[0];
      // No stopword at all: the only pack of that script, if there is just one.
      const ofScript = packs.filter((p) => p.detect.script === script);
      return ofScript.length === 1 ? ofScript[0]!.lang : undefined;
    },
  };
}
