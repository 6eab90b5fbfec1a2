// The adapter's SkillRequestSignatureVerifier with three things it lacks: the certificate URL is
// normalized and checked here before the adapter sees it (certificateUrl.ts), the download has a
// deadline and a size limit (certificateDownload.ts), and a cached certificate's validity dates are
// checked again on every use (the adapter checks them only when it downloads, then trusts its
// cache for the life of the process). The chain, SAN and body signature checks stay the adapter's.
import { X509Certificate } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { SkillRequestSignatureVerifier } from 'ask-sdk-express-adapter';
import { checkedCertificateUrl } from './certificateUrl';
import { downloadCertificate, type DownloadOptions } from './certificateDownload';

const CERT_URL_HEADER = 'signaturecertchainurl';
const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;

/** Certificates kept: Amazon rotates one signing certificate; a few URLs at most are live. */
const CACHE_SIZE = 8;

interface Cached {
  readonly pem: string;
  /** The latest notBefore and earliest notAfter over the whole chain. */
  readonly notBefore: number;
  readonly notAfter: number;
}

/** The adapter's private steps this class replaces or calls (the .d.ts declares them private). */
interface AdapterInternals {
  _loadCertChain(url: string): Promise<string>;
  _validateCertChain(pem: string): void;
}

export class CertificateExpiredError extends Error {
  constructor() {
    super('signing certificate is outside its validity dates');
    this.name = 'CertificateExpiredError';
  }
}

export interface SignatureVerifierOptions extends DownloadOptions {
  /** Tests: the clock a cached certificate's dates are checked against. */
  readonly now?: () => number;
  /** Tests: replaces the https download (the URL given is the normalized one). */
  readonly download?: (href: string) => Promise<string>;
}

function validityOf(pem: string): { notBefore: number; notAfter: number } {
  const certificates = (pem.match(PEM_BLOCK) ?? []).map((block) => new X509Certificate(block));
  if (certificates.length === 0) throw new Error('no certificate in the chain');
  return {
    notBefore: Math.max(...certificates.map((c) => Date.parse(c.validFrom))),
    notAfter: Math.min(...certificates.map((c) => Date.parse(c.validTo))),
  };
}

export class AlexaSignatureVerifier extends SkillRequestSignatureVerifier {
  private readonly cache = new Map<string, Cached>();
  private readonly now: () => number;
  private readonly download: (href: string) => Promise<string>;

  constructor(options: SignatureVerifierOptions = {}) {
    super();
    this.now = options.now ?? Date.now;
    this.download = options.download ?? ((href) => downloadCertificate(href, options));
    // The adapter keeps its own cache and loader; route its loader through ours.
    (this as unknown as AdapterInternals)._loadCertChain = (href) => this.loadChain(href);
  }

  override async verify(requestEnvelope: string, headers: IncomingHttpHeaders): Promise<void> {
    const entries = Object.entries(headers).filter(([name]) => name.toLowerCase() !== CERT_URL_HEADER);
    const raw = Object.entries(headers).find(([name]) => name.toLowerCase() === CERT_URL_HEADER)?.[1];
    // Checked and normalized before the adapter sees it; the adapter then checks the normalized
    // URL with its own rules, and the download fetches exactly that.
    const href = checkedCertificateUrl(raw);
    await super.verify(requestEnvelope, { ...Object.fromEntries(entries), [CERT_URL_HEADER]: href });
  }

  private async loadChain(href: string): Promise<string> {
    const cached = this.cache.get(href);
    if (cached && this.valid(cached)) return cached.pem;
    // Expired in the cache: Amazon may have put a new certificate at the same URL, so fetch again.
    this.cache.delete(href);
    const pem = await this.download(href);
    // The adapter's checks: dates, the echo-api.amazon.com SAN, the chain to a trusted root.
    (this as unknown as AdapterInternals)._validateCertChain(pem);
    const entry = { pem, ...validityOf(pem) };
    if (!this.valid(entry)) throw new CertificateExpiredError();
    if (this.cache.size >= CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(href, entry);
    return pem;
  }

  private valid(entry: Cached): boolean {
    const now = this.now();
    return now >= entry.notBefore && now <= entry.notAfter;
  }
}
