// Language identification: long texts and short ones, in several scripts, packed or not; and
// every code brought to ISO 639-1 by Intl.
import { describe, expect, it } from 'vitest';
import { isoLanguage, languageDetector, packStopwords } from '../src/detect/detectLanguage.js';
import { loadPacks } from '../src/packs/loadPacks.js';
import { neutralPack } from '../src/packs/neutralPack.js';

const detector = languageDetector();

describe('language identification', () => {
  it.each([
    ['de', 'Die Regierung hat am Dienstag ein Hilfspaket beschlossen, das den betroffenen Gemeinden in den nächsten Jahren zugutekommen soll.'],
    ['en', 'The government approved an aid package on Tuesday that is meant to help the affected towns over the next few years.'],
    ['sv', 'Regeringen godkände på tisdagen ett stödpaket som ska hjälpa de drabbade kommunerna under de kommande åren.'],
    ['it', 'Il governo ha approvato martedì un pacchetto di aiuti che dovrebbe sostenere i comuni colpiti nei prossimi anni.'],
    ['el', 'Η κυβέρνηση ενέκρινε την Τρίτη ένα πακέτο βοήθειας για τους δήμους που επλήγησαν, το οποίο θα ισχύσει τα επόμενα χρόνια.'],
    ['ru', 'Правительство во вторник одобрило пакет помощи, который должен поддержать пострадавшие города в ближайшие годы.'],
    ['uk', 'Уряд у вівторок схвалив пакет допомоги, який має підтримати постраждалі громади протягом найближчих років.'],
    ['ar', 'وافقت الحكومة يوم الثلاثاء على حزمة مساعدات من المفترض أن تدعم البلدات المتضررة خلال السنوات المقبلة.'],
    ['fa', 'دولت روز سه‌شنبه بسته‌ای کمکی را تصویب کرد که قرار است در سال‌های آینده به شهرهای آسیب‌دیده کمک کند.'],
    ['he', 'הממשלה אישרה ביום שלישי חבילת סיוע שאמורה לעזור לעיירות שנפגעו בשנים הקרובות.'],
    ['hi', 'सरकार ने मंगलवार को एक सहायता पैकेज को मंज़ूरी दी, जिससे आने वाले वर्षों में प्रभावित कस्बों को मदद मिलेगी।'],
    ['zh', '政府星期二批准了一项援助计划，旨在未来几年帮助受灾的城镇恢复重建。'],
    ['ja', '政府は火曜日、被災した町を今後数年間支援するための援助策を承認した。'],
    ['ko', '정부는 화요일 피해를 입은 마을들을 앞으로 몇 년 동안 돕기 위한 지원책을 승인했다.'],
  ])('names a long %s text', (lang, text) => {
    expect(detector.detect(text)).toBe(lang);
  });

  it.each([
    ['el', 'Η κυβέρνηση ενέκρινε νέα μέτρα.'],
    ['ko', '서울시는 새 계획을 발표했다.'],
    ['ja', '東京都は新しい計画を発表した。'],
    ['he', 'הממשלה אישרה את התוכנית.'],
    ['de', 'Die Regierung zahlte 5 Millionen Euro.'],
  ])('names a short %s text', (lang, text) => {
    expect(detector.detect(text)).toBe(lang);
  });

  it('lets the packs\' function words decide between close guesses, never for a language they do not know', () => {
    const stopwords = packStopwords(loadPacks({}));
    // Guesses as tinyld gives them for a text made mostly of names: Finnish first, Indonesian close.
    const finnishFirst = languageDetector(stopwords, () => [{ lang: 'fi', accuracy: 0.56 }, { lang: 'id', accuracy: 0.24 }]);
    expect(finnishFirst.detect('Seorang pria berusia 45 tahun telah dituntut setelah seorang pria ditusuk di restoran di Belfast pada hari Jumat.')).toBe('id');
    // A Finnish text has no Indonesian function words: it stays Finnish.
    expect(finnishFirst.detect('Hallitus hyväksyi tiistaina tukipaketin, jonka on määrä auttaa kuntia tulevina vuosina.')).toBe('fi');
    // A guess far behind the best is no rival, whatever the words.
    const far = languageDetector(stopwords, () => [{ lang: 'fi', accuracy: 0.9 }, { lang: 'id', accuracy: 0.1 }]);
    expect(far.detect('Seorang pria berusia 45 tahun telah dituntut setelah seorang pria ditusuk di restoran di Belfast pada hari Jumat.')).toBe('fi');
    // With the real guesses, a language without a pack keeps its name.
    expect(languageDetector(stopwords).detect('Regeringen godkände på tisdagen ett stödpaket som ska hjälpa de drabbade kommunerna under de kommande åren.')).toBe('sv');
  });

  it('names no language for a text without letters', () => {
    expect(detector.detect('12 500 € — 3,5 % — 2024-03-15')).toBeUndefined();
    expect(detector.detect('')).toBeUndefined();
  });

  it('reads the start of a long text only, and still names it', () => {
    const text = 'Die Regierung hat ein Hilfspaket beschlossen, das den Gemeinden helfen soll. '.repeat(2000);
    expect(detector.detect(text)).toBe('de');
  });

  it('brings any code to ISO 639-1 where there is one', () => {
    expect(isoLanguage('eng')).toBe('en');
    expect(isoLanguage('iw')).toBe('he');
    expect(isoLanguage('pes')).toBe('fa');
    expect(isoLanguage('zh-Latn')).toBe('zh');
    expect(isoLanguage('fil')).toBe('fil');
    expect(isoLanguage('und')).toBeUndefined();
    expect(isoLanguage('')).toBeUndefined();
    expect(isoLanguage('not a code!')).toBeUndefined();
  });
});

describe('the language-neutral core', () => {
  it('takes the number marks and date order of the language from CLDR, no words', () => {
    const it_ = neutralPack('it');
    expect(it_.numbers.decimal[0]).toBe(',');
    expect(it_.numbers.group[0]).toBe('.');
    expect(it_.numbers.group).not.toContain(',');
    expect(it_.dates.numericOrder).toBe('dmy');
    expect(neutralPack('en').numbers.decimal[0]).toBe('.');
    expect(neutralPack('en').dates.numericOrder).toBe('mdy');
    expect(neutralPack('ja').dates.numericOrder).toBe('ymd');
    expect(neutralPack('sv').numbers.group[0]).toBe(' ');
    for (const lang of ['it', 'el', 'und']) {
      const pack = neutralPack(lang);
      expect(pack.lang).toBe('neutral');
      expect(pack.numbers.words).toEqual({});
      expect(pack.numbers.scales).toEqual([]);
      expect(pack.percent).toEqual([]);
      expect(pack.rules).toEqual([]);
    }
  });

  it('reads an undetermined language with both marks, the point first', () => {
    const pack = neutralPack('und');
    expect(pack.numbers.decimal.slice(0, 2)).toEqual(['.', ',']);
    expect(pack.dates.numericOrder).toBe('dmy');
  });
});
