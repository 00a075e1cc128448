// Currency symbols from CLDR (via Intl.NumberFormat): "$" USD, "€" EUR, "R$" BRL, "₽" RUB …
import { currencyCodes } from './intlVocabulary.js';

function symbolOf(locale: string, code: string, display: 'symbol' | 'narrowSymbol'): string | undefined {
  const parts = new Intl.NumberFormat(locale, { style: 'currency', currency: code, currencyDisplay: display }).formatToParts(1);
  const symbol = parts.find((p) => p.type === 'currency')?.value;
  return symbol && symbol !== code ? symbol : undefined;
}

/**
 * Symbol -> ISO code. English symbols first (they settle "$" = USD and "¥" = JPY), then the
 * locale's own, then narrow symbols that belong to one currency only ("₽", "₸").
 */
export function currencySymbols(locale: string): Map<string, string> {
  const symbols = new Map<string, string>();
  const codes = currencyCodes();
  for (const source of ['en', locale]) {
    for (const code of codes) {
      const symbol = symbolOf(source, code, 'symbol');
      if (symbol && !symbols.has(symbol)) symbols.set(symbol, code);
    }
  }
  const narrowOwners = new Map<string, string[]>();
  for (const code of codes) {
    const symbol = symbolOf('en', code, 'narrowSymbol');
    if (symbol) narrowOwners.set(symbol, [...(narrowOwners.get(symbol) ?? []), code]);
  }
  for (const [symbol, owners] of narrowOwners) {
    if (owners.length === 1 && !symbols.has(symbol)) symbols.set(symbol, owners[0]!);
  }
  return symbols;
}
