#!/usr/bin/env bash
# Vendor the Korean government design system KRDS (npm package krds-uiux)
# into src/main/resources/static/vendor/krds/ so the app needs no Node at
# build or run time. Node/npm are needed only to run this script.
#
# Re-runnable: the destination folder is wiped and re-created every time.
#
# What is kept (paths mirror the package's resources/ folder, so the
# relative url() references inside the CSS keep resolving):
#   css/token/krds_tokens.css   design tokens (custom properties); linked by
#                               the layout before output.css (whose @import
#                               of it is removed here)
#   css/component/output.css    common (reset/root/icons/utilities) +
#                               all components, compiled from output.scss.
#                               (component.css is NOT used: it is the same
#                               rules without common and with broken
#                               ../../img/img/ image paths.)
#   img/...                     only the images referenced by the CSS above
#   fonts/PretendardGOV-*.woff2 Regular 400 / Medium 500 / SemiBold 600 /
#                               Bold 700, whichever the package ships
#   fonts.css                   generated @font-face rules (KRDS ships none)
#   js/component/ui-script.js   vanilla JS for interactive components
#                               (main menu, drop menus, tabs, accordion,
#                               modal, ...); no dependencies
#   LICENSE, VERSION
# Not kept: SCSS, source maps, cdn/ bundle (points at krds.go.kr URLs),
# swiper plugin (carousel only), *_bak files, html examples, tokens JSON,
# woff fonts, favicons.
set -euo pipefail

PKG_NAME="krds-uiux"
PKG_VERSION="1.1.0"
SPEC="${PKG_NAME}@${PKG_VERSION}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="${ROOT}/src/main/resources/static/vendor/krds"

command -v npm >/dev/null || { echo "npm is required to run this script" >&2; exit 1; }

TMP="$(mktemp -d)"
trap 'rm -rf "${TMP}"' EXIT

echo "==> npm pack ${SPEC}"
(cd "${TMP}" && npm pack --silent "${SPEC}" >/dev/null)
TGZ="${TMP}/${PKG_NAME}-${PKG_VERSION}.tgz"
[[ -f "${TGZ}" ]] || { echo "npm pack did not produce ${TGZ}" >&2; exit 1; }

INTEGRITY="$(npm view "${SPEC}" dist.integrity)"
[[ -n "${INTEGRITY}" ]] || { echo "could not read dist.integrity for ${SPEC}" >&2; exit 1; }
ACTUAL="sha512-$(node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "${TGZ}")"
if [[ "${ACTUAL}" != "${INTEGRITY}" ]]; then
  echo "integrity mismatch: registry ${INTEGRITY}, tarball ${ACTUAL}" >&2
  exit 1
fi

tar -xzf "${TGZ}" -C "${TMP}"
SRC="${TMP}/package/resources"
[[ -d "${SRC}" ]] || { echo "unexpected package layout: ${SRC} missing" >&2; exit 1; }

echo "==> wiping ${DEST}"
rm -rf "${DEST}"
mkdir -p "${DEST}"

# --- CSS -------------------------------------------------------------------
CSS_FILES=(css/token/krds_tokens.css css/component/output.css)
for f in "${CSS_FILES[@]}"; do
  [[ -f "${SRC}/${f}" ]] || { echo "missing ${f} in package" >&2; exit 1; }
  mkdir -p "${DEST}/$(dirname "${f}")"
  # Drop the sourceMappingURL comment: the .map files are not vendored.
  # Drop output.css's @import of the tokens: the layout links krds_tokens.css itself (both
  # download at once instead of one after the other), and tools that re-read the CSS
  # (axe-core's CSSOM preload) resolved the relative import against the PAGE's address and
  # asked for /plans/css/token/krds_tokens.css and the like (404).
  sed -e '/^\/\*# sourceMappingURL=.*\*\/\r\{0,1\}$/d' \
      -e '/^@import "\.\.\/\.\.\/css\/token\/krds_tokens\.css";\r\{0,1\}$/d' \
      "${SRC}/${f}" > "${DEST}/${f}"
  if grep -q '@import' "${DEST}/${f}"; then
    echo "${f} has an @import the layout does not link; link it in layout.html and drop it here" >&2
    exit 1
  fi
done

# --- images referenced by the vendored CSS ----------------------------------
for f in "${CSS_FILES[@]}"; do
  css_dir="$(dirname "${f}")"
  { grep -oE 'url\([^)]*\)' "${SRC}/${f}" || true; } \
    | sed -E "s/^url\\([\"']?//; s/[\"']?\\)\$//" \
    | { grep -vE '^(data:|https?:|//|#)' || true; } \
    | sed -E 's/[?#].*$//' \
    | sort -u \
    | while read -r ref; do
        rel="$(realpath -m --relative-to="${SRC}" "${SRC}/${css_dir}/${ref}")"
        case "${rel}" in
          ../*) echo "url(${ref}) in ${f} points outside resources/" >&2; exit 1 ;;
        esac
        case "${rel}" in
          fonts/*) continue ;;  # fonts are handled below
        esac
        [[ -f "${SRC}/${rel}" ]] || { echo "url(${ref}) in ${f}: ${rel} missing from package" >&2; exit 1; }
        mkdir -p "${DEST}/$(dirname "${rel}")"
        cp "${SRC}/${rel}" "${DEST}/${rel}"
      done
done

# --- fonts + fonts.css -------------------------------------------------------
mkdir -p "${DEST}/fonts"
FONTS_CSS="${DEST}/fonts.css"
{
  echo "/* PretendardGOV @font-face rules for ${SPEC} (generated by scripts/vendor-krds.sh)."
  echo "   The family name matches the KRDS token --krds-typo-font-type: Pretendard GOV."
  echo "   Font licence: SIL Open Font License 1.1 (embedded in the font files). */"
} > "${FONTS_CSS}"
font_count=0
for pair in Regular:400 Medium:500 SemiBold:600 Bold:700; do
  style="${pair%%:*}"
  weight="${pair##*:}"
  font=""
  for cand in "PretendardGOV-${style}.subset.woff2" "PretendardGOV-${style}.woff2" \
              "PretendardGOV-${style}.subset.woff" "PretendardGOV-${style}.woff"; do
    if [[ -f "${SRC}/fonts/${cand}" ]]; then font="${cand}"; break; fi
  done
  if [[ -z "${font}" ]]; then
    echo "    (no PretendardGOV ${style} ${weight} in package, skipped)"
    continue
  fi
  cp "${SRC}/fonts/${font}" "${DEST}/fonts/${font}"
  format="woff2"; [[ "${font}" == *.woff ]] && format="woff"
  cat >> "${FONTS_CSS}" <<EOF

@font-face {
  font-family: "Pretendard GOV";
  font-style: normal;
  font-weight: ${weight};
  font-display: swap;
  src: url("fonts/${font}") format("${format}");
}
EOF
  font_count=$((font_count + 1))
done
[[ ${font_count} -gt 0 ]] || { echo "no PretendardGOV fonts found in package" >&2; exit 1; }

# --- JS ----------------------------------------------------------------------
mkdir -p "${DEST}/js/component"
cp "${SRC}/js/component/ui-script.js" "${DEST}/js/component/ui-script.js"

# --- LICENSE -----------------------------------------------------------------
PKG_JSON="${TMP}/package/package.json"
LICENSE_ID="$(node -p 'require(process.argv[1]).license || ""' "${PKG_JSON}")"
AUTHOR="$(node -p 'const a=require(process.argv[1]).author; (typeof a==="object"&&a)?a.name:(a||"")' "${PKG_JSON}")"
LICENSE_SRC=""
for cand in LICENSE LICENSE.md LICENSE.txt LICENCE license license.md; do
  if [[ -f "${TMP}/package/${cand}" ]]; then LICENSE_SRC="${TMP}/package/${cand}"; break; fi
done
if [[ -n "${LICENSE_SRC}" ]]; then
  cp "${LICENSE_SRC}" "${DEST}/LICENSE"
else
  [[ "${LICENSE_ID}" == "ISC" ]] || { echo "package has no LICENSE file and license is '${LICENSE_ID}', not ISC; review manually" >&2; exit 1; }
  cat > "${DEST}/LICENSE" <<EOF
${SPEC} ships no LICENSE file. Its package.json declares "license": "${LICENSE_ID}"
and "author": "${AUTHOR}". The standard ISC licence text follows.
Its README additionally states: "본 패키지는 대한민국 디지털 정부 디자인 시스템(KRDS)의
이용약관을 따름" (this package follows the KRDS terms of use:
https://www.krds.go.kr/html/site/utility/utility_06.html).

The PretendardGOV fonts in fonts/ carry their own licence in the font files:
"Copyright © 2023 Kil Hyung-jin. This Font Software is licensed under the SIL
Open Font License, Version 1.1." (https://openfontlicense.org)

-------------------------------------------------------------------------------

ISC License

Copyright (c) ${AUTHOR}

Permission to use, copy, modify, and/or distribute this software for any
purpose with or without fee is hereby granted, provided that the above
copyright notice and this permission notice appear in all copies.

THE SOFTWARE IS PROVIDED "AS IS" AND THE AUTHOR DISCLAIMS ALL WARRANTIES
WITH REGARD TO THIS SOFTWARE INCLUDING ALL IMPLIED WARRANTIES OF
MERCHANTABILITY AND FITNESS. IN NO EVENT SHALL THE AUTHOR BE LIABLE FOR
ANY SPECIAL, DIRECT, INDIRECT, OR CONSEQUENTIAL DAMAGES OR ANY DAMAGES
WHATSOEVER RESULTING FROM LOSS OF USE, DATA OR PROFITS, WHETHER IN AN
ACTION OF CONTRACT, NEGLIGENCE OR OTHER TORTIOUS ACTION, ARISING OUT OF
OR IN CONNECTION WITH THE USE OR PERFORMANCE OF THIS SOFTWARE.
EOF
fi

# --- VERSION -----------------------------------------------------------------
printf '%s %s\n%s\n' "${PKG_NAME}" "${PKG_VERSION}" "${INTEGRITY}" > "${DEST}/VERSION"

echo "==> vendored ${SPEC} into ${DEST#"${ROOT}"/}"
(cd "${DEST}" && find . -type f | sort)
du -sh "${DEST}"
