// How the quick start builds and runs the CMS: as a province runs it, the built admin served by
// `strapi start` with NODE_ENV=production. Without NODE_ENV, `strapi start` runs in development
// mode: the admin's Content Security Policy then allows inline scripts and connections to any
// http, https or ws address (meant for Vite's hot reload), and the demo would not show what a
// province's CMS does. The demo seed runs before, in the shell's own mode, so it still adds its
// demo certificate authority (docs/signatures.md).

/** The command and environment of one step: building the admin, or starting the CMS on it. */
export function cmsCommand(step: 'build' | 'start', cmsDir: string, env: NodeJS.ProcessEnv): { command: string; args: string[]; env: NodeJS.ProcessEnv } {
  return {
    command: 'pnpm',
    args: ['--dir', cmsDir, 'exec', 'strapi', step],
    env: { ...env, NODE_ENV: 'production' },
  };
}
