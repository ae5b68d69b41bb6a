// The test harness every package's tests import by name: real servers on throwaway state.
export { launchChromium } from './chromium.ts';
export { adminJwt, cmsDir, fullAccessToken, runSeed, startCms, startDemoCms, type DemoCms, type SeedSummary } from './demo-cms.ts';
export { freePort } from './free-port.ts';
export { nginxBinary, nginxMissing, startNginx } from './nginx.ts';
export { run, start, waitForUrl } from './processes.ts';
export { createTestDatabase, type TestDatabase } from './test-database.ts';
export { reporters } from './vitest-reporters.ts';
