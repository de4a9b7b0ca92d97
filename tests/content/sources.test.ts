// The site's link to its sources: every source document readable as received, and no number to
// call that the sources do not give. Reads content/sources/ and the built site in dist/.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const dist = join(root, 'dist');
const sourceFiles = readdirSync(join(root, 'content/sources')).filter((file) => file.endsWith('.txt'));
const sourceText = (file: string) => readFileSync(join(root, 'content/sources', file), 'utf8');
const unescapeHtml = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

function builtPages(folder = dist): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const path = join(folder, entry);
    return statSync(path).isDirectory() ? builtPages(path) : entry.endsWith('.html') ? [path] : [];
  });
}

describe('source documents', () => {
  it.each(sourceFiles)('%s has a page with its text exactly as received', (file) => {
    const html = readFileSync(join(dist, 'sumber', file.replace(/\.txt$/, ''), 'index.html'), 'utf8');
    const shown = html.match(/<pre class="source-text"[^>]*>([\s\S]*?)<\/pre>/)?.[1];
    expect(unescapeHtml(shown ?? '')).toBe(sourceText(file));
  });

  it('no page offers a number to call or message that the sources do not give', () => {
    // The national emergency numbers are the site's own, each with its source in the file itself.
    const emergencyNumbers = [
      ...readFileSync(join(root, 'content/emergency-numbers.yaml'), 'utf8').matchAll(/^\s+value: "?([^"\n]+)"?$/gm),
    ].map(([, value]) => value!);
    const digitsInSources = [...sourceFiles.map(sourceText), ...emergencyNumbers]
      .map((text) => text.replace(/\D/g, ''))
      .join(' ');
    const offered = new Set<string>();
    for (const page of builtPages()) {
      for (const [, digits] of readFileSync(page, 'utf8').matchAll(/href="(?:tel:\+?|https:\/\/wa\.me\/)(\d+)/g))
        offered.add(digits!);
    }
    expect(offered.size).toBeGreaterThan(4);
    // Links carry Indonesian numbers internationally (62…); the sources write them with a leading 0.
    const notInSources = [...offered].filter((digits) => !digitsInSources.includes(digits.replace(/^62/, '0')));
    expect(notInSources).toEqual([]);
  });
});
