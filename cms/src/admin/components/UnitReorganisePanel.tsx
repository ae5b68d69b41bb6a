import { Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';

type Kind = 'merged' | 'split' | 'renamed';
interface Unit {
  documentId: string;
  fullName: string;
}

const kinds: Array<[Kind, string]> = [
  ['merged', 'Sáp nhập vào một đơn vị khác'],
  ['split', 'Chia tách thành các đơn vị khác'],
  ['renamed', 'Đổi tên (đơn vị mang tên mới đã được tạo)'],
];

/**
 * The guided reorganisation of the unit being edited: how it ceases, its successors and from
 * when. The server checks every rule and who may (units/reorganisation.ts).
 */
function ReorganiseForm({ documentId }: { documentId: string }) {
  const { get, post } = useFetchClient();
  const [units, setUnits] = useState<Unit[]>([]);
  const [kind, setKind] = useState<Kind>('merged');
  const [successors, setSuccessors] = useState<string[]>([]);
  const [date, setDate] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    get<{ results: Unit[] }>('/content-manager/collection-types/api::unit.unit?filters[status][$eq]=active&pageSize=500&sort=order:asc')
      .then(({ data }) => setUnits(data.results.filter((unit) => unit.documentId !== documentId)))
      .catch(() => setMessage({ ok: false, text: 'Không tải được danh sách đơn vị.' }));
  }, [documentId]);

  const submit = async () => {
    setMessage(null);
    try {
      const { data } = await post<{ data: { successors: string[] } }>('/cong-units/reorganise', { kind, units: [documentId], successors, date });
      setMessage({ ok: true, text: `Đã sắp xếp. Trang cũ của đơn vị chuyển về ${data.data.successors[0]} ở lần xuất bản tới.` });
    } catch (error: any) {
      setMessage({ ok: false, text: error?.response?.data?.error?.message ?? 'Không sắp xếp được đơn vị.' });
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="pi">Tin, văn bản, trang vẫn giữ đơn vị gốc và hiện trên trang của đơn vị kế thừa; địa chỉ cũ chuyển tiếp.</Typography>
      <label>
        <Typography variant="pi" fontWeight="bold">Cách sắp xếp</Typography>
        <select value={kind} onChange={(event) => setKind(event.target.value as Kind)} style={{ width: '100%' }}>
          {kinds.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
        </select>
      </label>
      <label>
        <Typography variant="pi" fontWeight="bold">Đơn vị kế thừa{kind === 'split' ? ' (chọn nhiều; đơn vị đầu tiên nhận trang cũ)' : ''}</Typography>
        <select
          multiple={kind === 'split'}
          value={kind === 'split' ? successors : successors[0] ?? ''}
          onChange={(event) => setSuccessors(Array.from(event.target.selectedOptions, (option) => option.value).filter(Boolean))}
          style={{ width: '100%' }}
        >
          {kind !== 'split' && <option value="">— Chọn đơn vị —</option>}
          {units.map((unit) => <option key={unit.documentId} value={unit.documentId}>{unit.fullName}</option>)}
        </select>
      </label>
      <label>
        <Typography variant="pi" fontWeight="bold">Đơn vị kế thừa hoạt động từ ngày</Typography>
        <input type="date" value={date} onChange={(event) => setDate(event.target.value)} style={{ width: '100%' }} />
      </label>
      <Button variant="danger-light" onClick={submit}>Sắp xếp đơn vị</Button>
      {message && <Typography textColor={message.ok ? 'success600' : 'danger600'} role="status">{message.text}</Typography>}
    </Flex>
  );
}

/** A side panel on an active unit's edit view, for the Center. */
export const UnitReorganisePanel = ({ model, documentId, document }: { model: string; documentId?: string; document?: { status?: string } }) => {
  if (model !== 'api::unit.unit' || !documentId || document?.status !== 'active') return null;
  return { title: 'Sắp xếp đơn vị', content: <ReorganiseForm documentId={documentId} /> };
};
