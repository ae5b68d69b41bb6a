import type { Core } from '@strapi/strapi';

/**
 * Waits until no query holds or waits for a database connection. Every write through the
 * Document Service leaves work behind it that nobody awaits: after its transaction commits,
 * Strapi reads the entry back with every relation, in a transaction of its own, to emit the
 * entry's event (core's document-service/events.js). A command that writes entry after
 * entry outruns that work: on PostgreSQL it piles up, holding every connection of the pool
 * with more waiting (measured: 10 in use and 11 waiting while seeding), and on a busy
 * machine the command's next query waited past the 60 s limit
 * (KnexTimeoutError). Writing the next entry only once the last one's work is done keeps
 * the queue empty. Never call it inside a transaction: the transaction holds a connection
 * of its own until it ends, so the pool would never be idle.
 */
export async function settle(strapi: Core.Strapi, { timeoutMs = 300_000 } = {}): Promise<void> {
  // knex's pool (tarn): its counts are public API of tarn, the pool itself knex's.
  const pool = (strapi.db.connection as unknown as { client: { pool?: { numUsed(): number; numPendingAcquires(): number } } }).client.pool;
  const deadline = Date.now() + timeoutMs;
  while (pool && (pool.numUsed() > 0 || pool.numPendingAcquires() > 0)) {
    if (Date.now() > deadline) {
      throw new Error(`Cơ sở dữ liệu vẫn bận sau ${timeoutMs / 1000} giây (${pool.numUsed()} kết nối đang dùng, ${pool.numPendingAcquires()} đang chờ): dừng thay vì ghi tiếp.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
