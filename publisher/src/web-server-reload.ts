import { execFile } from 'node:child_process';

/**
 * PUBLISH_RELOAD_COMMAND as the publisher runs it after each swap (`systemctl reload nginx`):
 * in a shell, at most `timeoutMs`; rejects with what the command said when it fails.
 */
export function reloadCommand(command: string, timeoutMs = 30_000): () => Promise<void> {
  return () =>
    new Promise((resolve, reject) => {
      execFile('/bin/sh', ['-c', command], { timeout: timeoutMs }, (error, _stdout, stderr) => {
        if (error) reject(new Error(`lệnh "${command}" lỗi: ${stderr.trim() || error.message}`));
        else resolve();
      });
    });
}
