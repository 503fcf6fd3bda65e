/** A link to the atlas at `base` with the filters of `query` and the dataset version. */
export function permalink(base: string, query: string, version: string): string {
  const params = new URLSearchParams(query);
  params.set('v', version);
  return `${base}?${params.toString()}`;
}
