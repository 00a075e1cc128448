// Reading what a pattern's match may begin with: broad starts (any letter), nothing, or
// something the reader cannot follow all count as broad.
import { describe, expect, it } from 'vitest';
import { startsBroadly } from '../src/text/patternStart.js';

describe('startsBroadly', () => {
  it.each([
    '(?:zwei|drei)(?![\\p{L}])',
    '(?:(?:im\\s+)?(?<q>[1-4])\\s+Quartal)',
    '(?<=x)(?:ab|c)',
    '(?:x?)y',
    'Q(?:[1-4])',
    '\\d+\\s?%',
    '[0-9]{1,2}\\.(?:mai)',
    '(?:😀|x)+',
    '^(?!no)yes',
  ])('%s does not', (source) => expect(startsBroadly(source)).toBe(false));

  it.each([
    '(?:[0-9]+|\\p{L}+)\\s+und',
    '.+x',
    '[^x]y',
    '[a\\p{Lu}]',
    '\\w+',
    '(?:x)?\\S',
    '(?:ab)?',
    'x*',
    '(?:(a)|b)?\\1x',
    '(?:unclosed',
  ])('%s does', (source) => expect(startsBroadly(source)).toBe(true));
});
