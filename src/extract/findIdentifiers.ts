// Identifiers: codes that hold digits but count nothing, written alike in every language
// and script: "HER2", "SS19", "MH17", "F-35", "COVID-19", "Agent 007", a phone number
// "859-292-3680". Each is one fact whose value is the code itself, never a number, so that a
// changed digit ("HER5", "SS11") shows up against the other versions.
import type { Span } from '../types.js';
import type { Candidate } from './Candidate.js';
import { matchesIn } from './windows.js';

const PHONES = [
  // international phone numbers: +49 30 1234567, +7 (727) 123-45-67
  /\+[0-9][0-9 ()./-]{6,}[0-9]/g,
  // national phone numbers in spaced groups after a trunk zero: 0800 555 111, 020 7946 0000
  /(?<![0-9.,-])0[0-9]{2,4}(?: [0-9]{3,4}){1,2}(?![0-9]|[.,][0-9])/g,
  // dashed phone numbers: 555-123-4567, 8-800-555-35-35 (not dates: 24-08-2024, 2024-08-24)
  /(?<![0-9.,-])(?![0-9]{1,2}-[0-9]{1,2}-(?:[0-9]{4}|[0-9]{2})(?![0-9-])|[0-9]{4}-[0-9]{2}-[0-9]{2}(?![0-9-]))[0-9]{1,4}(?:-[0-9]{2,4}){2,}(?![0-9])/g,
];
const PHONE_RULE = 'core/phone';

// Capital letters then digits ("HER2", "F-35", "Covid-19"), not inside a word, an address or
// a longer code ("t.co/ABC123", "ab12@mail").
const LETTERS_THEN_DIGITS = /(?<![\p{L}\p{M}\p{N}_/.@#-])(?:\p{Lu}{1,5}-?|\p{Lu}\p{Ll}{1,6}-)[0-9]{1,5}(?![\p{L}\p{M}\p{N}@]|[.,:/-][\p{L}\p{N}])/gu;
// A number written with leading zeros is a code ("007", "0800"), not a count.
const LEADING_ZEROS = /(?<![\p{L}\p{N}.,:/-])0[0-9]{2,}(?![\p{L}\p{N}]|[.,:/-][0-9])/gu;

function normalised(text: string, phone: boolean): string {
  return phone ? text.replace(/[^0-9+]/g, '') : text.replace(/[-\s]/g, '').toUpperCase();
}

export function findIdentifiers(scan: string, digitWindows: readonly Span[]): Candidate[] {
  const out: Candidate[] = [];
  const add = (re: RegExp, phone: boolean) => {
    for (const m of matchesIn(re, scan, digitWindows)) {
      const start = m.index!;
      out.push({ type: 'identifier', start, end: start + m[0].length, textValue: normalised(m[0], phone), rule: phone ? PHONE_RULE : 'core/identifier' });
    }
  };
  add(LETTERS_THEN_DIGITS, false);
  add(LEADING_ZEROS, false);
  for (const re of PHONES) add(re, true);
  return out;
}

/** Phone numbers hold no figure: no number, date or time is read inside one. */
export const isPhone = (c: Candidate): boolean => c.rule === PHONE_RULE;
