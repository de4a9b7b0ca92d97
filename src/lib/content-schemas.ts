// Zod schemas for everything in content/. Kept free of `astro:content` so unit tests can
// validate examples against exactly the schemas the build uses.
import { TRACKED_KINDS, whatsappTemplateProblems, type TrackedKind } from './whatsapp-update';
import { z } from 'astro/zod';
import { isValidPrefix } from '../domain/request-number';
import { SITE_PAGES, type SitePage } from './paths';
import { COMPLETION_TIME_UNITS, type CompletionTime } from '../domain/completion-time';
import { REQUIREMENT_MODES, type RequirementMode } from '../domain/online-application';
import { DAY_OFF_KINDS } from '../domain/working-days';
import { CUTOFF_DAY_RANGE } from '../domain/dtsen-cutoff';
import { EXPORT_FIELDS, exportLayoutProblems, type ExportField } from '../domain/household-proposal';
import { COMPLETERS, PROPOSAL_DECIDERS, type Completer, type ProposalDecider } from '../domain/roles';
import { LEGAL_BASES, STOCK_CATEGORIES, type LegalBasisKind, type StockCategory } from '../domain/stock';

export const CONTACT_KINDS = [
  'telepon',
  'whatsapp',
  'call-center',
  'email',
  'website',
  'instagram',
  'facebook',
  'surat',
  'datang-langsung',
  'kotak-saran',
  'media-sosial',
] as const;

/** A way to reach an office, written as the source document writes it. */
export const contactChannelSchema = z
  .object({
    kind: z.enum(CONTACT_KINDS),
    /** The source's own label when it differs from the usual one ("Telp./Fax.", "IG"). */
    label: z.string().min(1).optional(),
    value: z.string().min(1).optional(),
    /** Only when the source gives the address; never guessed from a handle. */
    url: z.url().optional(),
  })
  .refine(
    (channel) =>
      !['telepon', 'whatsapp', 'call-center', 'email', 'website', 'surat'].includes(channel.kind) || channel.value,
    {
      message: 'Saluran telepon, WhatsApp, call center, email, website dan surat harus punya `value`.',
      path: ['value'],
    },
  )
  .refine((channel) => channel.kind !== 'website' || channel.url, {
    message: 'Saluran website harus punya `url` (alamat lengkap dengan http:// atau https://).',
    path: ['url'],
  });
export type ContactChannel = z.infer<typeof contactChannelSchema>;

const sentence = z.string().trim().min(1);

export const complaintProcedureSchema = z.object({
  title: sentence,
  intro: sentence.optional(),
  channels: z.array(contactChannelSchema).min(1),
  channelsNote: sentence.optional(),
  /** "Pengaduan langsung": what happens when a complaint is made in person. */
  directSteps: z.array(sentence).optional(),
  /** How the office handles complaints after receiving them. */
  handling: z.array(sentence).optional(),
  source: sentence,
});
export type ComplaintProcedure = z.infer<typeof complaintProcedureSchema>;

export const sourceSchema = z.object({
  title: sentence,
  kind: z.enum(['standar-pelayanan', 'leaflet']),
  publisher: sentence,
  file: z.string().regex(/^[a-z0-9-]+\.txt$/),
  seed: z.string(),
  /** The document's own date, only when the document gives one; none of the five does. */
  date: z.coerce.date().optional(),
  /**
   * The document's own header, line by line as it prints it (tests/content/leaflets.test.ts): who
   * issues it, then its address and contacts. A service's leaflet opens with its source's header.
   */
  letterhead: z.object({ name: z.array(sentence).min(1), address: z.array(sentence).min(1) }),
});

const whatsappTemplate = z
  .string()
  .max(600)
  .superRefine((template, context) => {
    for (const problem of whatsappTemplateProblems(template)) context.addIssue({ code: 'custom', message: problem });
  });

/**
 * An office's arrangements for household proposals (usulan DTSEN), in its agency file: which criteria
 * list and spreadsheet layout it uses, whether an SPTJM may replace a village deliberation, whether a
 * photo of a signed consent form is wanted, and the monthly cut-off day — only as the office sets it.
 */
export const dtsenSettingsSchema = z.object({
  criteria: sentence,
  exportLayout: sentence,
  sptjmAllowed: z.boolean(),
  consentFormPhoto: z.boolean(),
  /** The monthly cut-off day (src/domain/dtsen-cutoff.ts) and where the office announced it (a letter, its website). */
  cutoff: z
    .object({ day: z.number().int().min(CUTOFF_DAY_RANGE.min).max(CUTOFF_DAY_RANGE.max), source: sentence })
    .optional(),
});

export const agencySchema = z.object({
  name: sentence,
  shortName: sentence,
  government: sentence,
  regency: sentence,
  /** Kemendagri code of the regency ("32.14"): its kecamatan and villages are this office's. */
  regionCode: z.string().regex(/^\d{2}\.\d{2}$/),
  /** Prefix of request numbers issued by this office, e.g. the PWK of PWK-7KX3-Q9MD-8. */
  requestPrefix: z
    .string()
    .refine(
      isValidPrefix,
      'Tiga huruf kapital tanpa I, L, O dan U (huruf yang mudah tertukar dengan angka), misalnya PWK.',
    ),
  address: sentence,
  contacts: z.array(contactChannelSchema).min(1),
  complaintProcedures: z
    .record(z.string().regex(/^[a-z0-9-]+$/), complaintProcedureSchema)
    .refine((procedures) => 'standar-pelayanan' in procedures, {
      message: 'Setiap instansi perlu prosedur pengaduan `standar-pelayanan`.',
    }),
  sources: z.array(sentence).min(1),
  /**
   * The office's data-protection officer (pejabat pelindungan data pribadi, UU 27/2022), only as the
   * office has announced one: `source` says where (a decree, its website) and `checked` when it was
   * read. None of the source documents names one; the privacy notice then says so and points to
   * the office's own contacts — never a person or a number of the site's own making.
   */
  dataProtectionOfficer: z
    .object({
      title: sentence,
      name: sentence.optional(),
      contacts: z.array(contactChannelSchema).min(1),
      source: sentence,
      checked: z.coerce.date(),
    })
    .optional(),
  /**
   * The office's own deadlines for online complaints, in working days, where it sets them
   * (otherwise SP4N-LAPOR!'s: src/domain/complaints.ts). `basis` cites the office's decision.
   */
  complaintDeadlines: z
    .object({
      verificationWorkingDays: z.number().int().min(1).max(30),
      followUpWorkingDays: z.number().int().min(1).max(60),
      basis: sentence,
    })
    .optional(),
  /**
   * The office's wording of the WhatsApp updates staff send (src/lib/whatsapp-update.ts) about a
   * request (`permohonan`), a village proposal (`usulan`) or a complaint (`pengaduan`), with
   * {kantor}, {nomor}, {layanan}, {langkah}, {tindakan} and {tautan}; for each left out, the site's.
   */
  whatsappUpdates: z
    .object(
      Object.fromEntries(Object.keys(TRACKED_KINDS).map((kind) => [kind, whatsappTemplate.optional()])) as Record<
        TrackedKind,
        z.ZodOptional<typeof whatsappTemplate>
      >,
    )
    .strict()
    .optional(),
  /** Household proposals (usulan DTSEN) from the office's villages: its arrangements, where it takes them. */
  dtsen: dtsenSettingsSchema.optional(),
});
export type Agency = z.infer<typeof agencySchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal ditulis "YYYY-MM-DD" dalam tanda kutip, misalnya \'2026-03-20\'.');

/** One year's national holidays and collective leave, as its joint ministerial decree sets them. */
export const daysOffYearSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    decree: z.object({ title: sentence, url: z.url() }),
    days: z
      .array(
        z.object({
          date: isoDate,
          name: sentence,
          kind: z.enum(Object.keys(DAY_OFF_KINDS) as [keyof typeof DAY_OFF_KINDS]),
        }),
      )
      .min(1),
  })
  .refine((entry) => entry.days.every((day) => day.date.startsWith(`${entry.year}-`)), {
    message: 'Setiap tanggal harus di tahun berkas ini.',
    path: ['days'],
  })
  .refine((entry) => new Set(entry.days.map((day) => day.date)).size === entry.days.length, {
    message: 'Ada tanggal yang tercantum dua kali.',
    path: ['days'],
  });

export const NEEDS = {
  bansos: 'Bantuan sosial & DTKS',
  kesehatan: 'Jaminan kesehatan',
  bencana: 'Bencana',
  anak: 'Perlindungan anak',
  ppks: 'Orang terlantar & kedaruratan sosial',
  pengaduan: 'Konsultasi & pengaduan',
} as const;
export type Need = keyof typeof NEEDS;

export const completionTimeSchema = z.object({
  /** As the source writes it ("210 Menit"): what leaflets, posters and the page show first. */
  written: sentence,
  amount: z.number().int().positive(),
  unit: z.enum(COMPLETION_TIME_UNITS),
  /** A qualification the source attaches, e.g. "Bersifat tentatif saat …". */
  note: sentence.optional(),
}) satisfies z.ZodType<CompletionTime>;

const procedureStepSchema = z.union([
  sentence.transform((text) => ({ text, substeps: [] as string[] })),
  z.object({ text: sentence, substeps: z.array(sentence).default([]) }),
]);
export type ProcedureStep = z.output<typeof procedureStepSchema>;

/**
 * One Standar Pelayanan. Every component is optional except what identifies the service:
 * a source that does not give a component must not get an invented one.
 */
export const serviceSchema = z.object({
  title: sentence,
  /** For lists and cards when the official title is very long. */
  shortTitle: sentence.optional(),
  summary: sentence.max(240),
  agency: sentence,
  source: sentence,
  sk: sentence.optional(),
  /** When this text was transcribed from the source or last checked against it: not the document's date. */
  checked: z.coerce.date(),
  needs: z.array(z.enum(Object.keys(NEEDS) as [Need, ...Need[]])).min(1),
  /** 1 = asked for most often at the counter; orders the home page. */
  popularityRank: z.number().int().positive(),
  audience: sentence.optional(),
  /**
   * Delivered at the resident's own village/kelurahan office first (the SIYANSOS leaflet: "dilaksanakan
   * melalui Pengisi Data Desa/Kelurahan"): who there handles it, in the source's words, and the other
   * ways in (an app). "Ke mana datang" then names the village first and the office's places for questions.
   */
  throughVillage: z.object({ who: sentence, otherWays: z.array(sentence).optional() }).optional(),
  /**
   * Villages send this service's disaster-logistics proposals online (/usulan-logistik/); the
   * server files them under it. At most one service per office.
   */
  villageProposals: z.boolean().default(false),
  /**
   * Who decides a proposal a village addresses to a Camat (src/domain/roles.ts: PROPOSAL_DECIDERS);
   * those to the Kepala Dinas are decided at the Dinas. Only with `villageProposals`. The office's
   * own arrangement, not a component of the standard: the site does not show it as one.
   */
  camatProposalsDecidedBy: z.enum(Object.keys(PROPOSAL_DECIDERS) as [ProposalDecider, ...ProposalDecider[]]).optional(),
  /**
   * Which staff role may mark a request for this service finished (src/domain/roles.ts: COMPLETERS):
   * `petugas` for a short counter service, `kepala_bidang` for a decision such as a santunan. The
   * office's own arrangement, not a component of the standard; every service says it.
   */
  completedBy: z.enum(Object.keys(COMPLETERS) as [Completer, ...Completer[]]),
  /**
   * Residents may apply online: for each of the service's requirements, whether it is sent as a
   * photo or PDF (`dokumen`), written in the form (`keterangan`) or brought to the counter
   * (`dibawa-ke-loket`). Every requirement must be listed, word for word (checked by catalogue.ts).
   */
  onlineApplication: z
    .object({
      requirements: z
        .array(
          z.object({
            requirement: sentence,
            mode: z.enum(Object.keys(REQUIREMENT_MODES) as [RequirementMode, ...RequirementMode[]]),
            hint: sentence.optional(),
          }),
        )
        .min(1),
    })
    .optional(),
  /** Other names residents use for the service ("cek bansos"): shown as such, and searched. */
  aliases: z.array(sentence).optional(),
  /** Words residents search with that are not names of the service ("KTP", "banjir"): searched, never shown as names. */
  searchTerms: z.array(sentence).optional(),
  /** What to do right now, for a service that answers emergencies; channels only as the sources give them. */
  urgent: z
    .object({ text: sentence, channels: z.array(contactChannelSchema).min(1), note: sentence.optional() })
    .optional(),
  legalBasis: z.array(sentence).min(1).optional(),
  requirementsIntro: sentence.optional(),
  requirements: z.array(sentence).min(1).optional(),
  procedure: z
    .object({
      intro: sentence.optional(),
      /** The steps are alternative routes, not a sequence. */
      alternatives: z.boolean().default(false),
      steps: z.array(procedureStepSchema).min(1),
      note: sentence.optional(),
    })
    .optional(),
  completionTime: completionTimeSchema.optional(),
  fee: z.object({ free: z.boolean(), text: sentence }).optional(),
  products: z.array(sentence).min(1).optional(),
  /** Key of the agency's `complaintProcedures` entry that this service's source gives. */
  complaints: z
    .string()
    .regex(/^[a-z0-9-]+$/)
    .optional(),
  facilities: z.array(sentence).min(1).optional(),
  staffCompetence: z.array(sentence).min(1).optional(),
  internalSupervision: sentence.optional(),
  staffCount: z.object({ count: z.number().int().positive(), text: sentence }).optional(),
  serviceGuarantee: sentence.optional(),
  safetyGuarantee: sentence.optional(),
  performanceEvaluation: sentence.optional(),
});
export type ServiceData = z.output<typeof serviceSchema>;

/** The service villages send proposals through says who decides those to a Camat; no other service does. */
export function proposalDecisionStated(
  service: Pick<ServiceData, 'villageProposals' | 'camatProposalsDecidedBy'>,
  context: z.RefinementCtx,
) {
  if (service.villageProposals && !service.camatProposalsDecidedBy) {
    context.addIssue({
      code: 'custom',
      path: ['camatProposalsDecidedBy'],
      message: `Layanan yang menerima usulan desa menyebut siapa yang memutus usulan kepada Camat: ${Object.keys(PROPOSAL_DECIDERS).join(' atau ')}.`,
    });
  }
  if (!service.villageProposals && service.camatProposalsDecidedBy) {
    context.addIssue({
      code: 'custom',
      path: ['camatProposalsDecidedBy'],
      message: 'Hanya layanan dengan villageProposals: true yang menerima usulan kepada Camat.',
    });
  }
}

export const noticeSchema = z.object({
  title: sentence,
  summary: sentence.max(240),
  agency: sentence,
  source: sentence,
  /** When this text was transcribed from the source or last checked against it: not the document's date. */
  checked: z.coerce.date(),
  /** Words residents search with ("KKS"): searched, not shown. */
  searchTerms: z.array(sentence).optional(),
  reportChannels: z.array(contactChannelSchema).min(1),
});

/** When the site last checked a fact of its own ("YYYY-MM-DD"); src/lib/fact-freshness.ts says when that is too long ago. */
export const checkedOnSchema = isoDate;

/** A national emergency or protection number (content/emergency-numbers.yaml): the site's own, with its source. */
export const emergencyNumberSchema = z.object({
  name: sentence,
  for: sentence,
  channels: z.array(contactChannelSchema).min(1),
  source: sentence,
  checkedOn: checkedOnSchema,
});
export type EmergencyNumber = z.output<typeof emergencyNumberSchema>;

/** A fact the site states on its own: the text, where it was found and when the site last checked it. */
export const siteFactSchema = z.object({ text: sentence, source: sentence, checkedOn: checkedOnSchema });
export type SiteFact = z.output<typeof siteFactSchema>;

/** An explainer (content/explainers.yaml): the site's own text, each fact with its source, page /penjelasan/<id>/. */
export const explainerSchema = z.object({
  title: sentence,
  summary: sentence.max(240),
  /** Words residents search with ("cek desil"): searched, not shown. */
  searchTerms: z.array(sentence).min(1),
  sections: z
    .array(
      z.object({
        id: z.string().regex(/^[a-z0-9-]+$/),
        heading: sentence,
        facts: z.array(siteFactSchema).min(1),
        /** Pages of this site that help ("/cek-status/"), with at most one plain parameter ("/pengaduan/?jenis=sanggah"). */
        links: z
          .array(z.object({ text: sentence, href: z.string().regex(/^\/[a-z0-9/-]*(\?[a-z]+=[a-z0-9-]+)?$/) }))
          .optional(),
      }),
    )
    .min(1),
});
export type Explainer = z.output<typeof explainerSchema>;

/**
 * A list of poverty criteria (content/poverty-criteria.yaml) the village operator asks a household
 * about. Never invented: a list without its source is refused.
 */
export const povertyCriteriaSchema = z.object({
  title: sentence,
  source: sentence,
  checkedOn: checkedOnSchema,
  questions: z
    .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), question: sentence, decisive: z.boolean().default(false) }))
    .min(1),
});
export type PovertyCriteria = z.output<typeof povertyCriteriaSchema>;

/** A column layout of the household-proposal spreadsheet (content/dtsen-export-layouts.yaml). */
export const exportLayoutSchema = z
  .object({
    title: sentence,
    columns: z
      .array(
        z.object({ header: sentence, field: z.enum(Object.keys(EXPORT_FIELDS) as [ExportField, ...ExportField[]]) }),
      )
      .min(1),
  })
  .superRefine((layout, context) => {
    for (const message of exportLayoutProblems(layout))
      context.addIssue({ code: 'custom', path: ['columns'], message });
  });
/** An item of the disaster-logistics catalogue (content/logistics/items.yaml), with where it is named as typical stock. */
export const stockItemSchema = z
  .object({
    name: sentence,
    unit: sentence,
    whole: z.boolean(),
    category: z.enum(Object.keys(STOCK_CATEGORIES) as [StockCategory, ...StockCategory[]]),
    expires: z.boolean(),
    /** Only for items that expire: how many days before expiry the daily summary lists a batch. */
    alertDays: z.number().int().min(1).max(365).optional(),
    source: sentence,
    checkedOn: checkedOnSchema,
  })
  .refine((item) => item.expires === (item.alertDays !== undefined), {
    message: 'alertDays is given exactly for items that expire',
    path: ['alertDays'],
  });
export type StockItemData = z.output<typeof stockItemSchema>;

const warehouseSettingsSchema = z.object({
  legalBases: z.array(z.enum(Object.keys(LEGAL_BASES) as [LegalBasisKind, ...LegalBasisKind[]])).min(1),
  minimum: z.record(z.string(), z.number().positive()),
});

/** An office's warehouses (content/logistics/warehouses.yaml, keyed by office). */
export const officeWarehousesSchema = z.object({
  dinas: warehouseSettingsSchema.extend({ name: sentence }),
  lumbungSosial: warehouseSettingsSchema,
  undeliveredAlertDays: z.number().int().min(1).max(60),
});
export type OfficeWarehousesData = z.output<typeof officeWarehousesSchema>;

/** One entry of the glossary (content/glossary.yaml): the site's own plain explanation of a term. */
export const glossarySchema = z.object({
  term: sentence,
  /** What an abbreviation stands for. */
  expansion: sentence.optional(),
  /** Shown where the term is first used on a page, and on /istilah/. */
  meaning: sentence,
  /** How the term is written in official text (default: the term); [] = never explained in the text. */
  forms: z.array(sentence).optional(),
  /** Other words residents use for it ("lumbung sosial"): search finds the term by them. */
  aliases: z.array(sentence).optional(),
  /** Where this is arranged or checked when no service on the site handles it. */
  where: sentence.optional(),
  services: z.array(sentence).optional(),
  notices: z.array(sentence).optional(),
  /** The site's own pages about it (the complaint form …), by their key in src/lib/paths.ts. */
  sitePages: z.array(z.enum(Object.keys(SITE_PAGES) as [SitePage, ...SitePage[]])).optional(),
});
export type GlossaryData = z.output<typeof glossarySchema>;

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

export const servicePointSchema = z.object({
  name: sentence,
  kind: z.enum(['kantor-dinas', 'pusat-layanan', 'kantor-camat']),
  agency: sentence,
  /**
   * As the source document writes it (its words in its order; tests/content/site-own-notes.test.ts).
   * A Kantor Camat, whose address no source gives, names its kecamatan.
   */
  address: sentence,
  /** What the site adds to the source's address (town, province), shown as the site's own note. */
  addressNote: sentence.optional(),
  /** Kemendagri code of the regency ("32.14"), for its bounding box in content/geo/regions.yaml. */
  regionCode: z.string().regex(/^\d{2}\.\d{2}$/),
  /** For a Kantor Camat: the kecamatan it serves ("32.14.06"). */
  kecamatan: z
    .string()
    .regex(/^\d{2}\.\d{2}\.\d{2}$/)
    .optional(),
  location: z.object({
    lat: latitude,
    lon: longitude,
    /** "approximate" is said on the map, with the largest possible error. */
    precision: z.enum(['exact', 'approximate']),
    uncertaintyKm: z.number().nonnegative().optional(),
    basis: sentence,
    source: sentence,
  }),
  contacts: z.array(contactChannelSchema).default([]),
  /** Ids of the services offered here. */
  services: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
  openingHours: sentence.optional(),
});
export type ServicePoint = z.output<typeof servicePointSchema>;

export const regionSchema = z.object({
  name: sentence,
  province: sentence,
  slug: z.string().regex(/^[a-z0-9-]+$/),
  south: latitude,
  north: latitude,
  west: longitude,
  east: longitude,
});

export const kecamatanSchema = z.object({
  code: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/),
  name: sentence,
  /** Has a Lambung Sosial: villages may address disaster-logistics proposals to the Camat. */
  lambungSosial: z.boolean(),
  villageCount: z.number().int().positive(),
  centroid: z.tuple([latitude, longitude]),
  /** GeoJSON Polygon, positions [lon, lat]. */
  geometry: z.object({
    type: z.literal('Polygon'),
    coordinates: z.array(z.array(z.tuple([longitude, latitude])).min(4)).min(1),
  }),
});
export type Kecamatan = z.output<typeof kecamatanSchema>;

export const villageSchema = z.object({
  code: z.string().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/),
  name: sentence,
  type: z.enum(['desa', 'kelurahan']),
  kecamatanCode: z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/),
  kecamatanName: sentence,
  lat: latitude,
  lon: longitude,
});
export type Village = z.output<typeof villageSchema>;
