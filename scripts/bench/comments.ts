import os from 'node:os';
import { fullAccessToken, startDemoCms } from '@cong/testing';

const SUBMISSIONS = 500;

interface Result {
  kind: string;
  seconds: number;
  statuses: Record<number, number>;
  stored: number;
  uniqueCodes: number;
}

async function run(kind: 'sqlite' | 'postgres'): Promise<Result> {
  // Rate limiting relaxed: this measures the database path, not the limiter.
  const cms = await startDemoCms(kind, { COMMENT_RATE_LIMIT_MAX: '1000000' });
  try {
    const consultations = await (await fetch(`${cms.url}/api/consultations?sort=closingAt:desc`)).json();
    const open = consultations.data.find((c: { closingAt: string }) => Date.parse(c.closingAt) > Date.now());
    const marker = `tai-${kind}-${Date.now()}`;
    const started = performance.now();
    const replies = await Promise.all(
      Array.from({ length: SUBMISSIONS }, (_, n) =>
        fetch(`${cms.url}/api/public-comments`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            consultation: open.documentId,
            fullName: `Người góp ý ${n}`,
            email: `nguoi${n}@example.vn`,
            content: `${marker} Góp ý số ${n}: đề nghị làm rõ khoản ${n % 9 + 1} Điều ${n % 30 + 1}.`,
          }),
        }).then(async (response) => ({ status: response.status, body: await response.json().catch(() => null) })),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    const statuses: Record<number, number> = {};
    for (const reply of replies) statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;

    const token = await fullAccessToken(cms);
    const stored = await (await fetch(
      `${cms.url}/api/comments?filters[content][$startsWith]=${marker}&pagination[pageSize]=1000&fields[0]=referenceCode`,
      { headers: { Authorization: `Bearer ${token}` } },
    )).json();
    const codes = new Set(stored.data.map((c: { referenceCode: string }) => c.referenceCode));
    return { kind, seconds, statuses, stored: stored.data.length, uniqueCodes: codes.size };
  } finally {
    await cms.stop();
  }
}

/** `pnpm bench comments`: 500 concurrent comment submissions to one consultation, SQLite and PostgreSQL. */
export async function benchComments(): Promise<string> {
  const results = [await run('sqlite'), await run('postgres')];
  const rows = results.map((r) => {
    const accepted = Object.entries(r.statuses).filter(([s]) => Number(s) < 300).reduce((n, [, c]) => n + c, 0);
    const errors = Object.entries(r.statuses).filter(([s]) => Number(s) >= 500).reduce((n, [, c]) => n + c, 0);
    const exact = accepted === r.stored && r.uniqueCodes === r.stored;
    return `| ${r.kind} | ${SUBMISSIONS} | ${accepted} | ${errors} | ${r.stored} (${exact ? 'each 2xx stored exactly once' : 'MISMATCH'}) | ${r.seconds.toFixed(2)} s | ${(accepted / r.seconds).toFixed(0)} |`;
  });
  const failed = results.some((r) => Object.keys(r.statuses).some((s) => Number(s) >= 500));
  if (failed) process.exitCode = 1;
  return [
    '## Comment submissions under load',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${os.cpus().length} cores, Node ${process.version}, with \`./scripts/pnpm bench comments\`: ${SUBMISSIONS} submissions sent at once over loopback to one open consultation of a CMS started with the demo content (rate limit relaxed).`,
    '',
    '| Database | Sent | 2xx | 5xx | Stored | Wall time | Accepted per second |',
    '|---|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
