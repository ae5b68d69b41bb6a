import { factories } from '@strapi/strapi';
import { ensureProvinceUnit } from '../../../units/province-unit';

// Scripts (the importer) reach the portal's code through services: they run as plain Node.
export default factories.createCoreService('api::unit.unit', ({ strapi }) => ({
  /** Makes the province's unit if there is none, and gives it every entry of no unit. */
  ensureProvinceUnit: () => ensureProvinceUnit(strapi),
}));
