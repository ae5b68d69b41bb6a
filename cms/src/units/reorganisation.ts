import type { Core } from '@strapi/strapi';
import { answerError } from '../errors/answer';

/** What a reorganisation does to the units that cease: they merge into one, split into several, or take a new name. */
export type Reorganisation = 'merged' | 'split' | 'renamed';

interface Request {
  kind: Reorganisation;
  /** The units that cease (documentIds). */
  units: string[];
  /** The active units that carry them on (documentIds); the first is the one their sites move to. */
  successors: string[];
  /** The successors' first day, yyyy-mm-dd: the ceasing units' validTo. */
  date: string;
}

/** Why a reorganisation request cannot be carried out, in Vietnamese, or null. */
function problem(request: Partial<Request>, units: any[], successors: any[]): string | null {
  const { kind, date } = request;
  if (kind !== 'merged' && kind !== 'split' && kind !== 'renamed') return 'Hãy chọn cách sắp xếp: sáp nhập, chia tách hoặc đổi tên.';
  if (!request.units?.length) return 'Hãy chọn đơn vị được sắp xếp.';
  if (!request.successors?.length) return 'Hãy chọn đơn vị kế thừa.';
  if (units.length !== request.units.length || successors.length !== request.successors.length) return 'Có đơn vị đã chọn không còn trong danh sách đơn vị. Hãy tải lại trang và chọn lại.';
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) return 'Hãy nhập ngày đơn vị kế thừa bắt đầu hoạt động (ngày/tháng/năm).';
  if (request.units.some((id) => request.successors!.includes(id))) return 'Một đơn vị không thể vừa được sắp xếp vừa là đơn vị kế thừa của chính nó.';
  const inactive = [...units, ...successors].find((unit) => unit.status !== 'active');
  if (inactive) return `${inactive.fullName} không còn hoạt động: chỉ sắp xếp được giữa các đơn vị đang hoạt động.`;
  if ([...units, ...successors].some((unit) => unit.kind === 'province')) return 'Không sắp xếp được UBND tỉnh: Cổng tỉnh luôn là đơn vị gốc.';
  if (kind === 'merged' && successors.length !== 1) return 'Sáp nhập: các đơn vị được sáp nhập vào đúng một đơn vị kế thừa.';
  if (kind === 'split' && (units.length !== 1 || successors.length < 2)) return 'Chia tách: một đơn vị chia thành hai đơn vị kế thừa trở lên.';
  if (kind === 'renamed' && (units.length !== 1 || successors.length !== 1)) return 'Đổi tên: một đơn vị, một đơn vị mang tên mới (tạo đơn vị mới trước).';
  return null;
}

/**
 * POST /cong-units/reorganise: merges, splits or renames units in one transaction, as the
 * Center does after a reorganisation decision. The units that cease are marked so, until the
 * date, with their successors; their editors become editors of the successors too. Entries
 * keep their original unit: the site shows them as the former unit's, on the first
 * successor's site, and sends every old address there (docs/component-sites.md).
 */
export function registerReorganisation(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/cong-units',
    routes: [
      {
        method: 'POST',
        path: '/reorganise',
        handler: async (ctx: any) => {
          // The Center's: whoever may change every unit (a unit's editor only reads their own).
          const ability = ctx.state.userAbility;
          const manager = strapi.service('admin::permission').createPermissionsManager({ ability, model: 'api::unit.unit' });
          if (!ability?.can('plugin::content-manager.explorer.update', manager.toSubject({ id: -1 }, 'api::unit.unit'))) {
            return answerError(ctx, 403, 'ForbiddenError', 'Chỉ Trung tâm Thông tin sắp xếp được đơn vị.');
          }
          const request = (ctx.request.body ?? {}) as Partial<Request>;
          const find = (ids: unknown) =>
            Array.isArray(ids) && ids.every((id) => typeof id === 'string')
              ? strapi.db.query('api::unit.unit').findMany({ where: { documentId: { $in: ids } }, populate: { editors: { select: ['id'] } } })
              : Promise.resolve([]);
          const [units, successors] = await Promise.all([find(request.units), find(request.successors)]);
          const refused = problem(request, units, successors);
          if (refused) return answerError(ctx, 400, 'ValidationError', refused);
          const ordered = request.successors!.map((id) => successors.find((unit: any) => unit.documentId === id));
          // Through the Document Service: the unit rules apply, and the publisher hears of it.
          await strapi.db.transaction(async () => {
            for (const unit of units) {
              await strapi.documents('api::unit.unit').update({
                documentId: unit.documentId,
                data: { status: request.kind, validTo: request.date, successors: ordered.map((successor: any) => successor.documentId) } as any,
              });
            }
            const editors = units.flatMap((unit: any) => unit.editors.map((editor: { id: number }) => editor.id));
            for (const successor of ordered) {
              if (editors.length) await strapi.db.query('api::unit.unit').update({ where: { id: successor.id }, data: { editors: { connect: editors } } as any });
            }
          });
          ctx.body = { data: { kind: request.kind, units: units.map((unit: any) => unit.fullName), successors: ordered.map((unit: any) => unit.fullName) } };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
        info: { apiName: 'unit' },
      },
    ],
  });
}
