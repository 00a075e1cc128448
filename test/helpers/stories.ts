// Story folders for the reconcile and check tests, written to temporary folders.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, ROOT } from './runCli.js';

export const SEEDS = join(ROOT, 'seeds');

/** The seed articles and their languages, in path order. */
export const SEED_FILES: ReadonlyArray<{ file: string; lang: string }> = [
  { file: '000_1b68fa9291bf1cee.txt', lang: 'de' },
  { file: '001_0a57c867282f0b49.txt', lang: 'id' },
  { file: '002_b02700d6e4010f9a.txt', lang: 'ru' },
  { file: '003_dc6a1b202083be67.txt', lang: 'ar' },
  { file: '004_1c4dbd0c578fe654.txt', lang: 'pt' },
];

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `factdiff-${prefix}-`));
}

/** The seed story as NAME.LANG.txt files in dir. */
export function copySeedsAsStem(dir: string, name: string): string[] {
  return SEED_FILES.map(({ file, lang }) => {
    const to = join(dir, `${name}.${lang}.txt`);
    copyFileSync(join(SEEDS, file), to);
    return to;
  });
}

/** The bail fixture (de, en, ru; every fact agrees) as NAME.LANG.txt files in dir. */
export function copyBail(dir: string, name = 'bail'): string[] {
  return ['de', 'en', 'ru'].map((lang) => {
    const to = join(dir, `${name}.${lang}.txt`);
    writeFileSync(to, readFileSync(join(FIXTURES, 'bail', `bail.${lang}.txt`)));
    return to;
  });
}

/**
 * The bail story with a French fourth version whose user count and percentage can be made
 * to differ: "52 %" against 25 % is two digits swapped, "12,98 millions" against 12,5
 * millions a rounding beyond tolerance (under 4 %). Returns the French file.
 */
export function writeBailWithFrench(dir: string, french: { users?: string; percent?: string } = {}, name = 'bail'): string {
  copyBail(dir, name);
  const path = join(dir, `${name}.fr.txt`);
  writeFileSync(
    path,
    `Le fondateur a été libéré le 28 août 2024 contre une caution de 5 millions d'euros.\n` +
      `La plateforme compte plus de ${french.users ?? '12,5'} millions d'utilisateurs, ${french.percent ?? '25'} % de plus qu'en 2023.\n`,
  );
  return path;
}
