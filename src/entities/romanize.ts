// Romanisation of a name into one Latin spelling. A pack says how its language writes names
// (`entities.romanization`: rewrites, then letter values: Russian "ж" = zh, Arabic "و" = w
// or u, German "sch" = sh); what no pack describes, any script at all, is romanised by
// any-ascii, which also takes the diacritics off Latin letters.
import anyAscii from 'any-ascii';
import type { RulePack, Romanization } from '../packs/types.js';

/** "ş" and "ș" are sh in every language that writes them (Turkish "Şahin" is "Шахин", Romanian "Ștefan"). */
const SH = /[şș]/g;

export class Romanizer {
  private readonly rewrites: ReadonlyArray<readonly [RegExp, string]>;
  private readonly letters: ReadonlyMap<string, string>;

  constructor(
    /** The locale of case folding: Turkish "İ" and "I" are "i" and "ı". */
    private readonly locale: string,
    romanization: Romanization = {},
  ) {
    this.rewrites = (romanization.rewrite ?? []).map(([pattern, to]) => [new RegExp(pattern, 'gu'), to] as const);
    this.letters = new Map(Object.entries(romanization.letters ?? {}));
  }

  /** How a pack's language romanises its names: its table, case folded in its locale. */
  static of(pack: RulePack): Romanizer {
    return new Romanizer(pack.locale ?? pack.lang, pack.entities?.romanization);
  }

  romanize(word: string): string {
    let out = word.normalize('NFC').toLocaleLowerCase(this.locale);
    for (const [re, to] of this.rewrites) out = out.replace(re, to);
    if (this.letters.size) out = Array.from(out, (ch) => this.letters.get(ch) ?? ch).join('');
    out = out.replace(SH, 'sh');
    return /[^\x00-\x7f]/.test(out) ? anyAscii(out).toLowerCase() : out;
  }
}
