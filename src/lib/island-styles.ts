// Astro writes the rule islands need (`astro-island { display: contents }`) as a <style> just before
// the first island, inside the page's <body>. HTML allows <style> there only as the first child of
// its parent, so a page with an island was invalid (tests/content/html-validity.test.ts): the rule
// moves to the <head>, unchanged (its Content-Security-Policy hash stays the same).
const ISLAND_STYLE = /<style>astro-island[^<]*<\/style>/g;

export function hoistIslandStyles(html: string): string {
  const head = html.indexOf('</head>');
  const styles = [...new Set(html.match(ISLAND_STYLE) ?? [])];
  if (head === -1 || styles.length === 0) return html;
  const body = html.slice(head).replace(ISLAND_STYLE, '');
  return `${html.slice(0, head)}${styles.join('')}${body}`;
}
