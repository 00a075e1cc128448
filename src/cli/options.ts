// Reading and checking the options every command shares. Each problem names the option,
// what was given and what is allowed.
import { FACT_TYPES, type FactType } from '../types.js';
import { isFourDigitYear, utcDate } from '../extract/utcDate.js';
import { didYouMean } from '../text/didYouMean.js';
import { UsageError } from './UsageError.js';

export function parseRefDate(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const m = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
  const date = m && isFourDigitYear(Number(m[1])) ? utcDate(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : undefined;
  if (!m || !date || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) {
    throw new UsageError(`--ref-date: '${text}' is not a date; expected YYYY-MM-DD (year 0001 to 9999), e.g. 2024-08-24`);
  }
  return date;
}

export function parseTypes(text: string | undefined): Set<FactType> | undefined {
  if (text === undefined) return undefined;
  const types = new Set<FactType>();
  for (const raw of text.split(',').map((t) => t.trim()).filter(Boolean)) {
    if (!(FACT_TYPES as readonly string[]).includes(raw)) {
      const suggestion = didYouMean(raw, FACT_TYPES);
      throw new UsageError(`--types: unknown fact type '${raw}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; allowed: ${FACT_TYPES.join(', ')}`);
    }
    types.add(raw as FactType);
  }
  if (types.size === 0) throw new UsageError(`--types: no fact type given; allowed: ${FACT_TYPES.join(', ')}`);
  return types;
}

/** A language that has a rule pack; `given` names where it was given (--lang, rules LANG). */
export function checkLang(lang: string | undefined, known: readonly string[], given = '--lang'): string | undefined {
  if (lang === undefined || known.includes(lang)) return lang;
  const suggestion = didYouMean(lang, known);
  throw new UsageError(`${given}: unknown language '${lang}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; rule packs exist for: ${known.join(', ')}`);
}

/** More threads than this would only cost memory: each holds the whole extraction engine. */
export const MAX_JOBS = 256;

/**
 * --jobs: threads in all. More than the machine's cores only cost memory (each thread holds
 * the whole engine), so a larger number is cut to the cores, with a note, unless forced
 * (--force-jobs), and never past MAX_JOBS.
 */
export function parseJobs(text: string | undefined, cores: number, force = false): { jobs: number; note?: string } {
  const most = Math.max(1, Math.min(cores, MAX_JOBS));
  if (text === undefined) return { jobs: most };
  if (!/^[0-9]+$/.test(text) || Number(text) < 1) throw new UsageError(`--jobs: '${text}' is not a whole number of 1 or more`);
  if (Number(text) > MAX_JOBS) throw new UsageError(`--jobs: '${text}' is more than ${MAX_JOBS} threads`);
  const jobs = Number(text);
  if (jobs > most && !force) return { jobs: most, note: `--jobs ${jobs}: this machine has ${cores} ${cores === 1 ? 'core' : 'cores'}; using ${most} threads (--force-jobs to use ${jobs})` };
  return { jobs };
}

const SIZE_UNITS: Record<string, number> = { '': 1, K: 2 ** 10, M: 2 ** 20, G: 2 ** 30 };

/** --max-size: bytes, or a number with K, M or G (binary: 64M is 64 × 2^20 bytes), B optional. */
export function parseSize(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const m = /^([0-9]+(?:\.[0-9]+)?)\s*([KMG]?)B?$/i.exec(text.trim());
  const bytes = m ? Math.floor(Number(m[1]) * SIZE_UNITS[m[2]!.toUpperCase()]!) : NaN;
  if (!m || !(bytes >= 1) || !Number.isSafeInteger(bytes)) throw new UsageError(`--max-size: '${text}' is not a size; give bytes or a number with K, M or G, e.g. 64M`);
  return bytes;
}

/** --tolerance: a relative difference that still agrees, as a fraction (0.01) or a percentage (1%). */
export function parseTolerance(text: string | undefined): number {
  if (text === undefined) return 0;
  const m = /^([0-9]+(?:\.[0-9]+)?)(%?)$/.exec(text.trim());
  const value = m ? Number(m[1]) / (m[2] ? 100 : 1) : NaN;
  if (!m || !(value >= 0 && value < 1)) throw new UsageError(`--tolerance: '${text}' is not a relative tolerance; give a fraction below 1 (0.01) or a percentage (1%)`);
  return value;
}

/** --min-confidence: the confidence from which a conflict fails check, from 0 to 1. */
export const DEFAULT_MIN_CONFIDENCE = 0.5;

export function parseMinConfidence(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MIN_CONFIDENCE;
  const value = /^[0-9]+(?:\.[0-9]+)?$/.test(text.trim()) ? Number(text) : NaN;
  if (!(value >= 0 && value <= 1)) throw new UsageError(`--min-confidence: '${text}' is not a confidence; give a number from 0 to 1, e.g. 0.3`);
  return value;
}
