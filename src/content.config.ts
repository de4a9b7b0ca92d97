import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { agencySchema, noticeSchema, serviceSchema, sourceSchema } from './lib/content-schemas';

const markdownIn = (folder: string) => glob({ pattern: '*.md', base: `./content/${folder}` });

export const collections = {
  sources: defineCollection({ loader: file('./content/sources/sources.yaml'), schema: sourceSchema }),
  agencies: defineCollection({ loader: markdownIn('agencies'), schema: agencySchema }),
  services: defineCollection({
    loader: markdownIn('services'),
    schema: serviceSchema.extend({ agency: reference('agencies'), source: reference('sources') }),
  }),
  notices: defineCollection({
    loader: markdownIn('notices'),
    schema: noticeSchema.extend({ agency: reference('agencies'), source: reference('sources') }),
  }),
};
