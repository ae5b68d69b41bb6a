import { Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { formatProvinceDateTime } from '@cong/shared';
import { useEffect, useState } from 'react';
import type { PublisherStatus } from '@cong/shared';

type Reply = (PublisherStatus & { reachable: true }) | { reachable: false; message: string };

/** One line on the live site: when it was last updated, and why the last publish failed if it did. */
function StatusLine() {
  const { get } = useFetchClient();
  const [reply, setReply] = useState<Reply | null>(null);
  useEffect(() => {
    let stopped = false;
    const load = () =>
      get<Reply>('/cong-publisher/status')
        .then((response) => !stopped && setReply(response.data))
        .catch(() => !stopped && setReply({ reachable: false, message: 'Không đọc được trạng thái xuất bản.' }));
    void load();
    // A publish takes seconds to reach the site: follow it while the editor looks.
    const timer = setInterval(load, 5000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [get]);

  if (!reply) return <Typography variant="pi">Đang đọc trạng thái…</Typography>;
  if (!reply.reachable) return <Typography textColor="danger600">{reply.message}</Typography>;
  const { live, lastAttempt, state } = reply;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="pi">
        {live ? `Trang công khai cập nhật lúc ${formatProvinceDateTime(live.builtAt)} (${live.pages} trang).` : 'Trang công khai chưa được dựng.'}
      </Typography>
      {state !== 'idle' && <Typography variant="pi">{state === 'building' ? 'Đang dựng bản mới…' : 'Sắp dựng bản mới…'}</Typography>}
      {lastAttempt && (lastAttempt.outcome === 'failed' || lastAttempt.outcome === 'refused') && (
        <Typography textColor="danger600">
          {`Lần xuất bản lúc ${formatProvinceDateTime(lastAttempt.finishedAt)} không thành công: ${lastAttempt.reason} Trang công khai vẫn giữ bản trước.`}
        </Typography>
      )}
      {lastAttempt?.outcome === 'rolled-back' && (
        <Typography variant="pi">{`Lúc ${formatProvinceDateTime(lastAttempt.finishedAt)}: ${lastAttempt.reason}`}</Typography>
      )}
    </Flex>
  );
}

/** A side panel on every content edit view. */
export const PublisherStatusPanel = ({ model }: { model: string }) => {
  if (!model.startsWith('api::')) return null;
  return { title: 'Trang công khai', content: <StatusLine /> };
};
