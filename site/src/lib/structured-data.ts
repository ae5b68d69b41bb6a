import { legalStatusLabels, type Article, type LegalDocument, type Locale, documentTitle } from '@cong/shared';
import { articleDate, legalStatusOf, siteSettings } from './content.ts';
import { routes } from './routes.ts';

/** schema.org NewsArticle for an article page. */
export async function articleJsonLd(article: Article, site: URL, locale: Locale): Promise<Record<string, unknown>> {
  const settings = await siteSettings(locale);
  const url = new URL(routes.article(article.slug, locale), site).href;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.summary ?? undefined,
    datePublished: articleDate(article),
    dateModified: article.updatedAt,
    inLanguage: locale === 'vi' ? 'vi-VN' : 'en',
    mainEntityOfPage: url,
    url,
    image: article.cover?.image ? [new URL(article.cover.image.url, site).href] : undefined,
    author: article.byline ? [{ '@type': 'Person', name: article.byline }] : [{ '@type': 'Organization', name: settings.portalName }],
    publisher: { '@type': 'GovernmentOrganization', name: settings.governingBody },
  };
}

// schema.org's legal-force values.
const legalForce = {
  in_force: 'https://schema.org/InForce',
  expired: 'https://schema.org/NotInForce',
  not_yet_in_force: 'https://schema.org/NotInForce',
} as const;

/** schema.org Legislation for a document page. */
export function legislationJsonLd(document: LegalDocument, site: URL): Record<string, unknown> {
  const status = legalStatusOf(document);
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: documentTitle(document),
    abstract: document.excerpt,
    url: new URL(routes.document(document.slug), site).href,
    inLanguage: 'vi-VN',
    legislationIdentifier: document.number,
    legislationType: document.documentType?.name,
    legislationDate: document.issuedDate,
    legislationDateVersion: document.effectiveDate ?? undefined,
    legislationPassedBy: document.issuingAgency ? { '@type': 'GovernmentOrganization', name: document.issuingAgency.name } : undefined,
    legislationLegalForce: status ? legalForce[status] : undefined,
    legislationLegalValue: status ? legalStatusLabels[status] : undefined,
    author: document.signer ? { '@type': 'Person', name: document.signer, jobTitle: document.signerTitle ?? undefined } : undefined,
    encoding: (document.files ?? []).map((file) => ({
      '@type': 'LegislationObject',
      contentUrl: new URL(file.url, site).href,
      encodingFormat: file.mime,
    })),
  };
}
