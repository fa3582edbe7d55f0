// One vitest run for the whole workspace. UPDATE_SNAPSHOTS=1 (or `vitest run -u`) rewrites the
// generated-TypeScript snapshots; on CI (CI=true) a missing snapshot fails instead of being written.

import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["packages/*/test/**/*.test.ts"],
    // Sample tests spawn python3 and node programs with several processes each; 2 cores.
    maxConcurrency: 3,
    ...(process.env.UPDATE_SNAPSHOTS === "1" ? { update: "all" as const } : {}),
  },
});
