// What a version is called in a table or a list: its language, numbered when a story has
// more than one version in it ("de", "de2").

export function versionLabels(documents: ReadonlyArray<{ lang: string }>): string[] {
  const counts = new Map<string, number>();
  return documents.map((d) => {
    const n = (counts.get(d.lang) ?? 0) + 1;
    counts.set(d.lang, n);
    return n > 1 ? `${d.lang}${n}` : d.lang;
  });
}
