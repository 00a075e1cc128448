// CLDR vocabulary read from Intl: months are the Gregorian calendar's, whatever the locale's default.
import { describe, expect, it } from 'vitest';
import { monthForms } from '../src/packs/intlVocabulary.js';

describe('monthForms', () => {
  it('names the Gregorian months in a locale whose default calendar is another (fa: Solar Hijri)', () => {
    const forms = monthForms('fa');
    expect(forms.get('ژانویه')).toBe(1);
    expect(forms.get('مه')).toBe(5);
    expect(forms.get('دسامبر')).toBe(12);
    // the Solar Hijri month دی is no Gregorian month
    expect(forms.has('دی')).toBe(false);
  });

  it('keeps the Gregorian names of a locale whose default calendar is Gregorian', () => {
    expect(monthForms('en').get('january')).toBe(1);
  });
});
