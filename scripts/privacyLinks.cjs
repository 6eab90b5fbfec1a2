// Writes the deployment's privacy policy and terms of use links into skill-package/skill.json
// (privacyAndCompliance.locales.<locale>), for every locale the manifest publishes. The links
// belong to whoever deploys the skill, so the repository never holds one: they come from
// PRIVACY_POLICY_URL / TERMS_OF_USE_URL, or from deploy.config.json (git-ignored; see
// deploy.config.example.json), which can give one link per locale. hooks/build.sh runs this on
// every `ask deploy`, so the links go up with the package the CLI uploads after the stack deploy.
// Without any link it changes nothing and says that certification will need them.
const fs = require('node:fs');
const path = require('node:path');

const KINDS = ['privacyPolicyUrl', 'termsOfUseUrl'];
const ENV = { privacyPolicyUrl: 'PRIVACY_POLICY_URL', termsOfUseUrl: 'TERMS_OF_USE_URL' };

/** A link certification can open: https, a host, no spaces. */
function checkUrl(url, where) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`${where}: not a URL: ${url}`);
  }
  if (parsed.protocol !== 'https:' || !parsed.hostname.includes('.') || /\s/.test(url)) {
    throw new Error(`${where}: must be an https link to a page you publish: ${url}`);
  }
  return url;
}

/**
 * The links per locale: the config's entry for the locale, else its "default", else the
 * environment variable. Returns {} for a kind nobody configured.
 */
function linksFor(locale, config, env) {
  const links = {};
  for (const kind of KINDS) {
    const entry = config[kind];
    const value = typeof entry === 'string' ? entry : entry?.[locale] ?? entry?.default ?? env[ENV[kind]];
    if (value !== undefined && value !== '') links[kind] = checkUrl(value, `${kind} for ${locale}`);
  }
  return links;
}

/** The manifest envelope with the links set; the input is not changed. */
function applyPrivacyLinks(envelope, config = {}, env = {}) {
  const next = JSON.parse(JSON.stringify(envelope));
  const manifest = next.manifest;
  const locales = Object.keys(manifest.publishingInformation.locales);
  const perLocale = {};
  for (const locale of locales) {
    const links = linksFor(locale, config, env);
    if (Object.keys(links).length > 0) perLocale[locale] = links;
  }
  if (Object.keys(perLocale).length === 0) return { envelope: next, changed: false, missing: locales };
  manifest.privacyAndCompliance = { ...manifest.privacyAndCompliance, locales: perLocale };
  const missing = locales.filter((l) => !perLocale[l]?.privacyPolicyUrl);
  return { envelope: next, changed: true, missing };
}

function readConfig(root) {
  const file = path.join(root, 'deploy.config.json');
  if (!fs.existsSync(file)) return {};
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function main() {
  const root = path.resolve(__dirname, '..');
  const file = path.join(root, 'skill-package', 'skill.json');
  const envelope = JSON.parse(fs.readFileSync(file, 'utf8'));
  const { envelope: next, changed, missing } = applyPrivacyLinks(envelope, readConfig(root), process.env);
  if (changed) fs.writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`);
  if (missing.length > 0) {
    console.error(`privacyLinks: no privacy policy link for ${missing.join(', ')}; certification needs one (set PRIVACY_POLICY_URL or deploy.config.json)`);
  }
}

module.exports = { applyPrivacyLinks, checkUrl };

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(`privacyLinks: ${error.message}`);
    process.exit(1);
  }
}
