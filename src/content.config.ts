import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import {
  agencySchema,
  daysOffYearSchema,
  dtsenSettingsSchema,
  emergencyNumberSchema,
  explainerSchema,
  exportLayoutSchema,
  povertyCriteriaSchema,
  glossarySchema,
  kecamatanSchema,
  noticeSchema,
  officeWarehousesSchema,
  proposalDecisionStated,
  regionSchema,
  servicePointSchema,
  serviceSchema,
  sourceSchema,
  stockItemSchema,
  villageSchema,
} from './lib/content-schemas';
import { kecamatanFromGeoJson, villagesFromCsv } from './lib/geo-parsers';

const markdownIn = (folder: string) => glob({ pattern: '*.md', base: `./content/${folder}` });

export const collections = {
  sources: defineCollection({ loader: file('./content/sources/sources.yaml'), schema: sourceSchema }),
  agencies: defineCollection({
    loader: markdownIn('agencies'),
    schema: agencySchema.extend({
      dtsen: dtsenSettingsSchema
        .extend({ criteria: reference('povertyCriteria'), exportLayout: reference('exportLayouts') })
        .optional(),
    }),
  }),
  services: defineCollection({
    loader: markdownIn('services'),
    schema: serviceSchema
      .extend({ agency: reference('agencies'), source: reference('sources') })
      .superRefine(proposalDecisionStated),
  }),
  notices: defineCollection({
    loader: markdownIn('notices'),
    schema: noticeSchema.extend({ agency: reference('agencies'), source: reference('sources') }),
  }),
  servicePoints: defineCollection({
    loader: file('./content/service-points.yaml'),
    schema: servicePointSchema.extend({
      agency: reference('agencies'),
      services: z.array(reference('services')).min(1),
    }),
  }),
  glossary: defineCollection({
    loader: file('./content/glossary.yaml'),
    schema: glossarySchema.extend({
      services: z.array(reference('services')).optional(),
      notices: z.array(reference('notices')).optional(),
    }),
  }),
  emergencyNumbers: defineCollection({
    loader: file('./content/emergency-numbers.yaml'),
    schema: emergencyNumberSchema,
  }),
  povertyCriteria: defineCollection({ loader: file('./content/poverty-criteria.yaml'), schema: povertyCriteriaSchema }),
  exportLayouts: defineCollection({ loader: file('./content/dtsen-export-layouts.yaml'), schema: exportLayoutSchema }),
  explainers: defineCollection({ loader: file('./content/explainers.yaml'), schema: explainerSchema }),
  stockItems: defineCollection({ loader: file('./content/logistics/items.yaml'), schema: stockItemSchema }),
  officeWarehouses: defineCollection({
    loader: file('./content/logistics/warehouses.yaml'),
    schema: officeWarehousesSchema,
  }),
  regions: defineCollection({ loader: file('./content/geo/regions.yaml'), schema: regionSchema }),
  kecamatan: defineCollection({
    loader: file('./content/geo/purwakarta-kecamatan.geojson', { parser: kecamatanFromGeoJson }),
    schema: kecamatanSchema,
  }),
  daysOff: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './content/calendar' }),
    schema: daysOffYearSchema,
  }),
  villages: defineCollection({
    loader: file('./content/geo/purwakarta-villages.csv', { parser: villagesFromCsv }),
    schema: villageSchema,
  }),
};
