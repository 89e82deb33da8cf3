/**
 * Site-wide settings in one typed place. Contact details are left empty on purpose:
 * the sources give none, and the call-to-action block hides itself while they are unset.
 */
export interface SiteConfig {
  /** Absolute origin the site is deployed at (for canonical URLs, share cards, QR codes). */
  siteUrl: string;
  contact: {
    /** Investment-promotion e-mail, when the province supplies one. */
    email: string;
    /** Phone number in international format, when supplied. */
    phone: string;
    /** Office name/address, when supplied. */
    office: string;
  };
}

export const siteConfig: SiteConfig = {
  siteUrl: process.env.SITE_URL ?? 'https://thai-nguyen-data-hub.example',
  contact: {
    email: '',
    phone: '',
    office: '',
  },
};

/** True when at least one contact field is set. */
export function hasContact(config: SiteConfig = siteConfig): boolean {
  return Object.values(config.contact).some((v) => v.trim() !== '');
}
