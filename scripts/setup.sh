#!/usr/bin/env bash
# Sets up a fresh checkout: pnpm (the version that works on Node 20, see shared TOOLCHAIN),
# the workspace's dependencies from the lockfile, and a build of both packages.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v pnpm >/dev/null 2>&1 || [[ "$(pnpm --version)" != 12.* ]]; then
  npm install --global --no-fund --no-audit pnpm@12.21.0 >/dev/null
fi
pnpm install --frozen-lockfile --reporter=silent
pnpm -s build
