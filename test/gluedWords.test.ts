// Languages that glue words to a figure's words (Korean "5억원을", "30%가", "원가량의"), and
// number syllables glued into one word: what the pack keys `scales[].glued`, `suffixes.minStem:
// 0`, `suffixes.stack` and a pack's own weekday forms change, on small packs made for the test.
import { describe, expect, it } from 'vitest';
import { compilePack } from '../src/packs/compilePack.js';
import { neutralPack } from '../src/packs/neutralPack.js';
import { neutralVocabulary } from '../src/packs/localeVocabulary.js';
import type { RulePack } from '../src/packs/types.js';
import { findAmounts } from '../src/extract/findAmounts.js';
import { findWeekdays } from '../src/extract/findWeekdays.js';

function pack(changes: Omit<Partial<RulePack>, 'numbers'> & { numbers?: Partial<RulePack['numbers']> }): ReturnType<typeof compilePack> {
  const base = neutralPack('und');
  const { numbers, ...rest } = changes;
  return compilePack({ ...base, lang: 'xx', ...rest, numbers: { ...base.numbers, decimal: ['.'], group: [','], ...numbers } }, neutralVocabulary('und'));
}

const amounts = (p: ReturnType<typeof compilePack>, text: string) => findAmounts(text, p).map((c) => [text.slice(c.start, c.end), c.value, c.currency].filter((x) => x !== undefined));

describe('a glued scale', () => {
  const scales = [
    { value: 10000, forms: ['만'] },
    { value: 100000000, forms: ['억'] },
    { value: 1000, forms: ['천'], afterDigits: true },
  ];
  const currencies = { KRW: ['원'] };

  it('ends its word only where the pack says a word may be glued after it', () => {
    expect(amounts(pack({ numbers: { scales }, currencies }), '5억원')).toEqual([['5', 5]]);
    const glued = pack({ numbers: { scales: scales.map((s) => ({ ...s, glued: true })) }, currencies });
    expect(amounts(glued, '5억원')).toEqual([['5억원', 500000000, 'KRW']]);
    expect(amounts(glued, '2000만명')).toEqual([['2000만', 20000000]]);
    expect(amounts(glued, '3천만 원')).toEqual([['3천만 원', 30000000, 'KRW']]);
  });

  it('is glued only to digits or another glued scale, not after a blank', () => {
    const glued = pack({ numbers: { scales: scales.map((s) => ({ ...s, glued: true })) }, currencies });
    expect(amounts(glued, '737 만남')).toEqual([['737', 737]]);
    expect(amounts(glued, '5 만 원')).toEqual([['5 만 원', 50000, 'KRW']]);
  });
});

describe('endings', () => {
  const currencies = { KRW: ['원'] };
  it('follow a sign with minStem 0 and one another with stack', () => {
    const one = pack({ currencies, suffixes: { endings: ['가', '가량', '의'], minStem: 1 } });
    expect(findAmounts('30%가', one).map((c) => c.type)).toEqual(['number']);
    const any = pack({ currencies, suffixes: { endings: ['가', '가량', '의'], minStem: 0 } });
    expect(findAmounts('30%가', any).map((c) => c.type)).toEqual(['percent']);
    expect(amounts(any, '5 원가량의')).toEqual([['5', 5]]);
    const stacked = pack({ currencies, suffixes: { endings: ['가', '가량', '의'], minStem: 0, stack: true } });
    expect(amounts(stacked, '5 원가량의')).toEqual([['5 원', 5, 'KRW']]);
  });
});

describe('compound number words', () => {
  const numbers = {
    words: { '2': ['이'], '3': ['삼'], '4': ['사'], '5': ['오'], '20': ['스물'] },
    multipliers: { '10': ['십'], '100': ['백'] },
    compound: true,
  };
  it('are no number where two digits stand side by side', () => {
    const p = pack({ numbers });
    expect(amounts(p, '이십오')).toEqual([['이십오', 25]]);
    expect(amounts(p, '스물다섯')).toEqual([]);
    expect(amounts(p, '스물오')).toEqual([['스물오', 25]]);
    expect(amounts(p, '사이')).toEqual([]);
    expect(amounts(p, '삼사')).toEqual([]);
  });
});

describe('weekday names', () => {
  it('a pack lists are read whatever their length', () => {
    const base = neutralPack('und');
    const p = pack({ dates: { ...base.dates, weekdays: { '1': ['월요일'] } } });
    expect(findWeekdays('월요일에', p)).toEqual([]);
    const ending = pack({ dates: { ...base.dates, weekdays: { '1': ['월요일'] } }, suffixes: { endings: ['에'], minStem: 0 } });
    expect(findWeekdays('월요일에 왔다', ending).map((c) => c.textValue)).toEqual(['1']);
  });
});
