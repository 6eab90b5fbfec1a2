// The skill's own words, for scripts that run outside the bundle: the locale modules bundled
// on the fly with esbuild and imported.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function loadLocales() {
  const dir = mkdtempSync(path.join(tmpdir(), 'locales-'));
  const outfile = path.join(dir, 'locales.mjs');
  try {
    await build({ entryPoints: [path.join(root, 'lambda/src/i18n/locales/index.ts')], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'warning' });
    const { LOCALES } = await import(pathToFileURL(outfile).href);
    return LOCALES;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Every string of a locale's resources, with each {{placeholder}} (formatted ones too, as
 * {{count, fem}}) filled by `fill(name, placeholder)`.
 */
export function sentences(resources, fill = () => '7') {
  const out = [];
  const walk = (node) => {
    if (typeof node === 'string') out.push(node.replace(/\{\{\s*(\w+)\s*(?:,[^}]*)?\}\}/g, (placeholder, name) => fill(name, placeholder)));
    else if (node && typeof node === 'object') Object.values(node).forEach(walk);
  };
  walk(resources);
  return out;
}
