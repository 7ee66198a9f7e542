#!/usr/bin/env bash
# Refresh the vendored front-end files from the npm registry (run by hand when upgrading; the
# files are committed so that `make run` needs no Node.js and nothing loads from a CDN).
set -euo pipefail
HTMX_VERSION=2.0.8
tmp=$(mktemp -d)
(cd "$tmp" && npm pack "htmx.org@${HTMX_VERSION}" >/dev/null && tar xzf htmx.org-*.tgz)
cp "$tmp/package/dist/htmx.min.js" static/vendor/htmx/htmx.min.js
cp "$tmp/package/LICENSE" static/vendor/htmx/LICENSE
echo "htmx ${HTMX_VERSION}" > static/vendor/htmx/VERSION
rm -rf "$tmp"
