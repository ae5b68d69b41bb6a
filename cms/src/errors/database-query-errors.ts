import type { Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';

// Some filters pass Strapi's checks and are refused only by its database layer, as it builds
// the SQL, with a plain Error that the REST API answers as 500 "Internal Server Error": a
// number compared with "abc", $or given one condition instead of a list, an operator where a
// field should be. The caller is wrong, not the server: these become 400s about the filters
// (said in Vietnamese, with the place, by errors/query-errors.ts).
const refusedFilter =
  /^(Expected a valid (Number|BigInteger), got|Operator \S+ must be an array|Only \$and, \$or and \$not can only be used as root level operators|Undefined attribute level operator|Where must be an array or an object|Operator and non-operator keys cannot be mixed|Only one operator key is allowed|You cannot filter on)/;
const reads = new Set(['findMany', 'findFirst', 'findOne', 'count']);

/** A Document Service middleware: a read's filter the database refused is a 400, not a 500. */
export const databaseQueryErrors: Modules.Documents.Middleware.Middleware = async (context, next) => {
  try {
    return await next();
  } catch (error) {
    if (reads.has(context.action) && error instanceof Error && !(error instanceof errors.ApplicationError) && refusedFilter.test(error.message)) {
      throw new errors.ValidationError(error.message, { source: 'query', param: 'filters' });
    }
    throw error;
  }
};
