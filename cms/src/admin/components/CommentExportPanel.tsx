import { Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useState } from 'react';

type Format = 'csv' | 'xlsx';

/** Buttons that download every comment of a consultation (the admin API checks who may). */
function ExportButtons({ documentId }: { documentId: string }) {
  const { get } = useFetchClient();
  const [error, setError] = useState<string | null>(null);
  const download = async (format: Format) => {
    setError(null);
    try {
      const response = await get<Blob>(`/cong-export/comments?consultation=${documentId}&format=${format}`, { responseType: 'blob' } as any);
      const url = URL.createObjectURL(response.data);
      const link = document.createElement('a');
      link.href = url;
      link.download = `gop-y-${documentId}.${format}`;
      link.click();
      URL.revokeObjectURL(url);
    } catch {
      setError('Không tải được góp ý: bạn cần quyền xem Góp ý.');
    }
  };
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="pi">Mọi góp ý của dự thảo, kể cả thông tin liên hệ, để gửi cơ quan soạn thảo.</Typography>
      <Button variant="secondary" onClick={() => download('xlsx')}>Tải góp ý (Excel)</Button>
      <Button variant="tertiary" onClick={() => download('csv')}>Tải góp ý (CSV)</Button>
      {error && <Typography textColor="danger600">{error}</Typography>}
    </Flex>
  );
}

/** A side panel on a consultation's edit view. */
export const CommentExportPanel = ({ model, documentId }: { model: string; documentId?: string }) => {
  if (model !== 'api::consultation.consultation' || !documentId) return null;
  return { title: 'Góp ý của người dân', content: <ExportButtons documentId={documentId} /> };
};
