// The app's icons: listed in the web app manifest and rendered from public/favicon.svg at build
// time by scripts/build-pwa.ts, so no exported PNG lives in git.
export interface AppIcon {
  src: string;
  size: number;
  /** Maskable icons keep the glyph inside the central 80 % safe zone on a full-bleed background. */
  purpose: 'any' | 'maskable';
}

export const ICON_SOURCE = 'public/favicon.svg';
export const THEME_COLOR = '#005a70';
export const BACKGROUND_COLOR = '#ffffff';

export const APP_ICONS: AppIcon[] = [
  { src: '/icons/icon-192.png', size: 192, purpose: 'any' },
  { src: '/icons/icon-512.png', size: 512, purpose: 'any' },
  { src: '/icons/maskable-192.png', size: 192, purpose: 'maskable' },
  { src: '/icons/maskable-512.png', size: 512, purpose: 'maskable' },
];

export const APPLE_TOUCH_ICON: AppIcon = { src: '/icons/apple-touch-icon.png', size: 180, purpose: 'maskable' };
