#!/usr/bin/env bash
# Vendor the Korean TrueType font that PdfRenderer embeds in PDFs: NanumGothic
# Regular + Bold from Debian's fonts-nanum package (NAVER, SIL Open Font
# License 1.1), into src/main/resources/fonts/. The portal then needs no font
# download and no system font at build or run time; Debian's apt is needed only
# to run this script.
#
# Why NanumGothic: PDFBox embeds TrueType (glyf) fonts well, but not the
# CFF-based OpenType of the system's Noto Sans CJK (.otf/.ttc). NanumGothic
# also has Hanja (the program data writes 新, the UI 版), which Pretendard
# lacks.
#
# Re-runnable: the destination folder is wiped and re-created every time.
# Kept: NanumGothic.ttf, NanumGothicBold.ttf, LICENSE (the package's
# copyright file: the OFL 1.1 text with NAVER's notice), VERSION (package
# version and SHA-256 of the .deb and of each font).
set -euo pipefail

PKG_NAME="fonts-nanum"
PKG_VERSION="20200506-1"
FONTS=(NanumGothic.ttf NanumGothicBold.ttf)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="${ROOT}/src/main/resources/fonts"

command -v apt-get >/dev/null || { echo "apt-get (Debian) is required to run this script" >&2; exit 1; }

TMP="$(mktemp -d)"
trap 'rm -rf "${TMP}"' EXIT
# apt downloads as the _apt user when it can write the folder
if id _apt >/dev/null 2>&1; then chown _apt "${TMP}" 2>/dev/null || true; fi

echo "==> apt-get download ${PKG_NAME}=${PKG_VERSION}"
(cd "${TMP}" && apt-get download -qq "${PKG_NAME}=${PKG_VERSION}")
DEB="$(ls "${TMP}"/${PKG_NAME}_*.deb)"

EXPECTED="$(apt-cache show "${PKG_NAME}=${PKG_VERSION}" | sed -n 's/^SHA256: //p' | head -n1)"
ACTUAL="$(sha256sum "${DEB}" | cut -d' ' -f1)"
[[ -n "${EXPECTED}" ]] || { echo "apt-cache shows no SHA256 for ${PKG_NAME}=${PKG_VERSION} (run apt-get update?)" >&2; exit 1; }
if [[ "${ACTUAL}" != "${EXPECTED}" ]]; then
  echo "checksum mismatch: archive ${EXPECTED}, download ${ACTUAL}" >&2
  exit 1
fi

dpkg-deb -x "${DEB}" "${TMP}/x"
SRC="${TMP}/x/usr/share/fonts/truetype/nanum"

echo "==> wiping ${DEST}"
rm -rf "${DEST}"
mkdir -p "${DEST}"

for f in "${FONTS[@]}"; do
  [[ -f "${SRC}/${f}" ]] || { echo "missing ${f} in ${PKG_NAME}" >&2; exit 1; }
  cp "${SRC}/${f}" "${DEST}/${f}"
done
cp "${TMP}/x/usr/share/doc/${PKG_NAME}/copyright" "${DEST}/LICENSE"

{
  printf '%s %s (Debian)\n' "${PKG_NAME}" "${PKG_VERSION}"
  printf 'deb sha256 %s\n' "${ACTUAL}"
  (cd "${DEST}" && sha256sum "${FONTS[@]}")
} > "${DEST}/VERSION"

echo "==> vendored ${PKG_NAME} ${PKG_VERSION} into ${DEST#"${ROOT}"/}"
(cd "${DEST}" && ls -l)
du -sh "${DEST}"
