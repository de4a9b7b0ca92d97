export const servicePath = (serviceId: string) => `/layanan/${serviceId}/`;
export const agencyPath = (agencyId: string) => `/instansi/${agencyId}/`;
export const noticePath = (noticeId: string) => `/informasi/${noticeId}/`;
export const SERVICE_FEED_PATH = '/data/layanan.json';
