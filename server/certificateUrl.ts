// Where Alexa's signing certificate may be fetched from. Amazon's rules for SignatureCertChainUrl
// ("Host a Custom Skill as a Web Service", verifying the signature certificate URL): normalize the
// URL first, then the scheme is https, the host s3.amazonaws.com (case-insensitive), the path
// starts with /echo.api/ (case-sensitive), and a port, if given, is 443.
//
// ask-sdk-express-adapter 2.14.0 checks the path with the legacy url.parse, which keeps "../" and
// "%2e%2e" in the path, so /echo.api/../../attacker-bucket/cert.pem passed its prefix check and the
// download went to /attacker-bucket/cert.pem. Here the WHATWG parser resolves dot segments
// (percent-encoded ones too, and backslashes as slashes) before any check, and what is fetched is
// the normalized URL, so the URL checked is the URL downloaded.

export class CertificateUrlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CertificateUrlError';
  }
}

const HOST = 's3.amazonaws.com';
const PATH_PREFIX = '/echo.api/';

/**
 * The normalized certificate URL, or a CertificateUrlError. Stricter than Amazon's four rules in
 * ways no Amazon URL needs: no user info, no query or fragment, and no percent escape left in the
 * path after normalization (an escaped slash or dot would mean one thing here and maybe another
 * to whatever serves the file).
 */
export function checkedCertificateUrl(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2048) throw new CertificateUrlError('certificate URL missing or too long');
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new CertificateUrlError('certificate URL unreadable');
  }
  if (url.protocol !== 'https:') throw new CertificateUrlError('certificate URL is not https');
  if (url.hostname !== HOST) throw new CertificateUrlError('certificate URL host is not Amazon’s');
  // The WHATWG parser drops a port equal to the scheme's default (443), so any port left is wrong.
  if (url.port !== '') throw new CertificateUrlError('certificate URL port is not 443');
  if (url.username !== '' || url.password !== '') throw new CertificateUrlError('certificate URL has user info');
  if (url.search !== '' || url.hash !== '') throw new CertificateUrlError('certificate URL has a query or fragment');
  if (url.pathname.includes('%')) throw new CertificateUrlError('certificate URL path has escapes');
  if (!url.pathname.startsWith(PATH_PREFIX)) throw new CertificateUrlError('certificate URL path is not under /echo.api/');
  return url.href;
}
