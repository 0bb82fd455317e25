/**
 * A listed item (scenario, framework, cooperation game) as the reader sees it: the API's list
 * replies carry, per item, its display texts in each language its own file translates them into
 * (`translated`), beside the fields as written. Ids, versions and every other field stay as sent.
 */
export function inLang<T extends { translated?: Record<string, object> }>(item: T, lang: string): T {
  const t = item.translated?.[lang];
  return t ? { ...item, ...t } : item;
}
