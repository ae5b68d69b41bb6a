import { readFile, rm, writeFile } from 'node:fs/promises';

/**
 * One build at a time across processes (the service and a command run by hand): builds
 * share the synced-content cache, and two at once would corrupt it. A lock left by a
 * process that died is taken over.
 */
export class BuildLock {
  private readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  async hold<T>(work: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await work();
    } finally {
      await rm(this.file, { force: true });
    }
  }

  private async acquire(): Promise<void> {
    for (let tries = 0; tries < 2; tries++) {
      try {
        await writeFile(this.file, String(process.pid), { flag: 'wx' });
        return;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = Number(await readFile(this.file, 'utf8').catch(() => '0'));
      if (holder && holder !== process.pid && alive(holder)) {
        throw new Error(`Một bản dựng khác đang chạy (tiến trình ${holder}): đợi nó xong rồi thử lại.`);
      }
      await rm(this.file, { force: true });
    }
    throw new Error('Không giữ được khóa dựng trang.');
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
