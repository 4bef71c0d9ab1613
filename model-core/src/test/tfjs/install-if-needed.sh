#!/bin/sh
# Installs the npm packages of the TensorFlow.js interop test (TfjsClientTest) when they are missing or
# older than package-lock.json; Maven runs this before the tests (skip with -Dskip.npm). Without npm, or
# when npm ci fails (offline), the build goes on and that one test fails saying how to install them.
cd "$(dirname "$0")" || exit 0
command -v npm >/dev/null 2>&1 || exit 0
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    npm ci --no-audit --no-fund || echo "install-if-needed.sh: npm ci failed; TfjsClientTest will fail until it works" >&2
fi
exit 0
