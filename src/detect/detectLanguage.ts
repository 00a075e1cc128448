// Language detection with the packs themselves: the script of the letters picks the
// candidates, the pack's stopwords (the most frequent function words) pick among them, and
// its other words (scale, currency, percent and concept words) settle short texts.
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

/** Scripts of the letters met so far (null: none of SCRIPTS): words are many, letters few. */
const scriptsOfLetters = new Map<string, string | null>();

function scriptOfLetter(letter: string): string | undefined {
  let script = scriptsOfLetters.get(letter);
  if (script === undefined) {
    script = Object.entries(SCRIPTS).find(([, re]) => re.test(letter))?.[0] ?? null;
    scriptsOfLetters.set(letter, script);
  }
  return script ?? undefined;
}

/** Enough text to be sure, little enough to be quick on a large file. */
const SAMPLE = 20_000;

export interface LanguageDetector {
  detect(text: string): string | undefined;
}

/** A pack's own words that are not stopwords, by weight: they tell languages apart less often. */
const VOCABULARY_WEIGHT = 0.5;

function vocabularyOf(pack: RulePack): string[] {
  return [
    ...pack.numbers.scales.flatMap((s) => s.forms),
    ...pack.percent,
    ...Object.values(pack.currencies).flat(),
    ...Object.values(pack.concepts ?? {}).flat(),
  ].filter((w) => /^[\p{L}\p{M}]+\.?$/u.test(w));
}

export function languageDetector(packs: readonly RulePack[]): LanguageDetector {
  const weights = new Map<string, Map<string, number>>();
  const add = (word: string, lang: string, weight: number) => {
    const w = word.toLocaleLowerCase().replace(/\.$/, '');
    const byLang = weights.get(w) ?? new Map<string, number>();
    byLang.set(lang, Math.max(byLang.get(lang) ?? 0, weight));
    weights.set(w, byLang);
  };
  for (const pack of packs) {
    for (const word of vocabularyOf(pack)) add(word, pack.lang, VOCABULARY_WEIGHT);
    for (const word of pack.detect.stopwords) add(word, pack.lang, 1);
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
        const script = scriptOfLetter(word[0]!);
        if (script) scriptCounts.set(script, (scriptCounts.get(script) ?? 0) + word.length);
      }
      const script = [...scriptCounts].sort((a, b) => b[1] - a[1])[0]?.[0];
      const scores = new Map<string, number>();
      for (const word of words) {
        const byLang = weights.get(word);
        if (!byLang) continue;
        for (const [lang, weight] of byLang) if (scriptOf.get(lang) === script) scores.set(lang, (scores.get(lang) ?? 0) + weight / byLang.size);
      }
      const best = [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      if (best) return best[0];
      // No stopword at all: the only pack of that script, if there is just one.
      const ofScript = packs.filter((p) => p.detect.script === script);
      return ofScript.length === 1 ? ofScript[0]!.lang : undefined;
    },
  };
}
