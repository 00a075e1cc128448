// Identifiers: codes that hold digits but count nothing, written alike in every language
// and script: "HER2", "SS19", "MH17", "F-35", "COVID-19", "Agent 007", a phone number
// "859-292-3680". Each is one fact whose value is the code itself, never a number, so that a
// changed digit ("HER5", "SS11") shows up against the other versions.
import type { Candidate } from './Candidate.js';
import { PHONES } from './coreIgnores.js';
import { matchesIn } from './windows.js';
import type { Span } from '../types.js';

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
      out.push({ type: 'identifier', start, end: start + m[0].length, time: normalised(m[0], phone), rule: phone ? 'core/phone' : 'core/identifier' });
    }
  };
  add(LETTERS_THEN_DIGITS, false);
  add(LEADING_ZEROS, false);
  for (const re of PHONES) add(re, true);
  return out;
}
