import { describe, expect, it } from 'vitest';
import { cmsCommand } from './cms-start.ts';

describe('how the quick start runs the CMS', () => {
  it('builds the admin and starts Strapi on it in production mode, whatever the shell says', () => {
    for (const step of ['build', 'start'] as const) {
      const { command, args, env } = cmsCommand(step, '/cong/cms', { PATH: '/bin', NODE_ENV: 'development' });
      expect([command, ...args]).toEqual(['pnpm', '--dir', '/cong/cms', 'exec', 'strapi', step]);
      expect(env).toEqual({ PATH: '/bin', NODE_ENV: 'production' });
    }
  });

  it('never runs `strapi develop`', () => {
    expect(cmsCommand('start', '/cong/cms', {}).args).not.toContain('develop');
  });
});
