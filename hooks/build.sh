#!/usr/bin/env bash
# ASK CLI v2 custom build hook: `ask deploy` runs it instead of the CLI's own Node flow, which
# would zip the TypeScript sources as they are.
#
# How the CLI calls it (lib/builtins/build-flows/custom.js):
#   <project>/hooks/build.sh "<absolute path of the zip to write>" <true|false: --debug given>
# with the working directory set to the CLI's scratch copy of the code src (.ask/lambda), so
# everything below works from the project root instead. The CLI then uploads the zip it named in
# $1 to S3 for the cfn-deployer; Lambda loads index.js from the zip's root (handler index.handler).
#
# ZIP_TOOL=zip|python3|node forces one archiver (the tests use it); by default the first available
# of zip, python3, node is used. Node is always there (it runs the build), so a machine without
# zip or Python still gets a bundle.
set -euo pipefail

out="${1:?usage: hooks/build.sh <output zip path> [true|false]}"
verbose="${2:-false}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
case "$out" in
  /*) ;;
  *) out="$PWD/$out" ;;
esac

log() {
  if [ "$verbose" = "true" ]; then
    echo "[build.sh] $*" >&2
  fi
}

cd "$root"

if [ ! -d node_modules ]; then
  log "node_modules missing: npm ci"
  if [ "$verbose" = "true" ]; then
    npm ci --no-audit --no-fund
  else
    npm ci --no-audit --no-fund --silent
  fi
fi

# The deployment's own privacy and terms links go into skill.json (nothing changes without them).
log "privacy links from PRIVACY_POLICY_URL / TERMS_OF_USE_URL / deploy.config.json"
node scripts/privacyLinks.cjs

log "bundling lambda/src/index.ts with esbuild"
node scripts/build.mjs

bundle="$root/dist/index.js"
if [ ! -s "$bundle" ]; then
  echo "build.sh: $bundle was not produced" >&2
  exit 1
fi
# A fixed timestamp keeps the zip byte-identical when the code is unchanged, so the CLI's hash of
# the build does not change for nothing.
touch -t 198001010000 "$bundle"

mkdir -p "$(dirname "$out")"
rm -f "$out"

tool="${ZIP_TOOL:-}"
if [ -z "$tool" ]; then
  if command -v zip >/dev/null 2>&1; then
    tool=zip
  elif command -v python3 >/dev/null 2>&1; then
    tool=python3
  else
    tool=node
  fi
fi
log "zipping with $tool into $out"

case "$tool" in
  zip)
    # -j: store as index.js at the root; -X: no extra attributes (uid/gid, extended times).
    zip -q -j -X "$out" "$bundle"
    ;;
  python3)
    # The zipfile CLI stores each top-level argument under its base name: index.js.
    python3 -m zipfile -c "$out" "$bundle"
    ;;
  node)
    node - "$out" "$bundle" <<'NODE'
// A one-entry zip (deflate), enough for Lambda: local header, data, central directory, end record.
const fs = require('node:fs');
const zlib = require('node:zlib');
const [out, file] = process.argv.slice(2);
const data = fs.readFileSync(file);
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
let crc = 0xffffffff;
for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
crc = (crc ^ 0xffffffff) >>> 0;
const body = zlib.deflateRawSync(data, { level: 9 });
const name = Buffer.from('index.js');
const dosTime = 0;
const dosDate = (0 << 9) | (1 << 5) | 1; // 1980-01-01
const local = Buffer.alloc(30);
local.writeUInt32LE(0x04034b50, 0);
local.writeUInt16LE(20, 4);
local.writeUInt16LE(0, 6);
local.writeUInt16LE(8, 8);
local.writeUInt16LE(dosTime, 10);
local.writeUInt16LE(dosDate, 12);
local.writeUInt32LE(crc, 14);
local.writeUInt32LE(body.length, 18);
local.writeUInt32LE(data.length, 22);
local.writeUInt16LE(name.length, 26);
local.writeUInt16LE(0, 28);
const central = Buffer.alloc(46);
central.writeUInt32LE(0x02014b50, 0);
central.writeUInt16LE((3 << 8) | 20, 4); // made by: Unix, so the mode below is honoured
central.writeUInt16LE(20, 6);
central.writeUInt16LE(0, 8);
central.writeUInt16LE(8, 10);
central.writeUInt16LE(dosTime, 12);
central.writeUInt16LE(dosDate, 14);
central.writeUInt32LE(crc, 16);
central.writeUInt32LE(body.length, 20);
central.writeUInt32LE(data.length, 24);
central.writeUInt16LE(name.length, 28);
central.writeUInt32LE(((0o100644 << 16) >>> 0), 38); // regular file, rw-r--r--
central.writeUInt32LE(0, 42);
const centralOffset = local.length + name.length + body.length;
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(1, 8);
end.writeUInt16LE(1, 10);
end.writeUInt32LE(central.length + name.length, 12);
end.writeUInt32LE(centralOffset, 16);
fs.writeFileSync(out, Buffer.concat([local, name, body, central, name, end]));
NODE
    ;;
  *)
    echo "build.sh: unknown ZIP_TOOL '$tool' (zip, python3 or node)" >&2
    exit 1
    ;;
esac

log "wrote $out ($(wc -c <"$out" | tr -d ' ') bytes)"
