import { Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { brokenReferenceMessage, formatProvinceDateTime } from '@cong/shared';
import { useEffect, useState } from 'react';
import type { BrokenReference, PublisherStatus } from '@cong/shared';
import { fieldLabel } from '../../content/labels';
import { BrokenReferences } from './BrokenReferences';

type Reply = (PublisherStatus & { reachable: true }) | { reachable: false; message: string };

/** The entry this panel is on: its content type, and its documentId once it is saved. */
interface Entry {
  model: string;
  documentId?: string;
}

/**
 * One line on the live site: when it was last updated, why the last publish failed if it did,
 * and the files this entry (then other entries) shows that the live site went out without.
 */
function StatusLine({ model, documentId }: Entry) {
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
  const broken = live?.brokenReferences ?? [];
  const isThisEntry = (reference: BrokenReference) => reference.uid === model && reference.documentId === documentId;
  const message = (reference: BrokenReference) => brokenReferenceMessage(reference, fieldLabel(reference.uid, reference.field));
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
      <BrokenReferences mine={broken.filter(isThisEntry).map(message)} others={broken.filter((reference) => !isThisEntry(reference)).map(message)} />
    </Flex>
  );
}

/** A side panel on every content edit view (Strapi gives it the entry's model and documentId). */
export const PublisherStatusPanel = ({ model, documentId }: Entry) => {
  if (!model.startsWith('api::')) return null;
  return { title: 'Trang công khai', content: <StatusLine model={model} documentId={documentId} /> };
};
