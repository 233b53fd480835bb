import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { ValidationError } from '../../../platform/errors.js';

const refusalMessage = (host: string, address: string): string =>
  `feed host "${host}" resolves to ${address}, a loopback, private, link-local or reserved address; add the host to FEED_ALLOWED_HOSTS to fetch it`;

/**
 * A feed URL that points inside the service's own network (SSRF): refused unless its host is allow-listed. A
 * validation error on the `url` field, so a caller that gave the URL (a source definition, a course feed) gets
 * a 400 from the error table; a scheduled run records it as it records any failure.
 */
export class FeedAddressRefusedError extends ValidationError {
  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(refusalMessage(host, address), [{ path: 'url', message: refusalMessage(host, address) }]);
  }
}

/** Loopback, private (RFC 1918, ULA), carrier-grade NAT, link-local (cloud metadata), multicast and reserved ranges. */
const internalV4 = new BlockList();
for (const [net, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 3]] as const) {
  internalV4.addSubnet(net, prefix, 'ipv4');
}
// A separate list: Node matches IPv4 addresses against IPv4-mapped IPv6 rules, and ::ffff:0:0/96 is refused
// whole (it would otherwise smuggle any IPv4 address above through IPv6).
const internalV6 = new BlockList();
for (const [net, prefix] of [['::', 127], ['::ffff:0:0', 96], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) internalV6.addSubnet(net, prefix, 'ipv6');

export function isInternalAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return internalV4.check(address, 'ipv4');
  return family === 0 || internalV6.check(address, 'ipv6');
}

const hostOf = (hostname: string) => hostname.replace(/^\[|\]$/g, '').toLowerCase();

/**
 * Checks every address a feed fetch connects to: the URL's literal host, each redirect target, and each
 * address DNS gives for a name (checked at connection time, so a name cannot resolve to a public address
 * for the check and to an internal one for the connection).
 */
export class FeedAddressGuard {
  private readonly allowed: ReadonlySet<string>;

  constructor(allowedHosts: readonly string[] = []) {
    this.allowed = new Set(allowedHosts.map(hostOf));
  }

  /** Refuses a URL whose host is an internal address literal or `localhost`; names are checked by `lookup`. */
  assertUrl(url: string): void {
    this.assertHost(new URL(url).hostname);
  }

  assertHost(hostname: string): void {
    const host = hostOf(hostname);
    if (this.allowed.has(host)) return;
    if (host === 'localhost' || host.endsWith('.localhost')) throw new FeedAddressRefusedError(host, '127.0.0.1');
    if (isIP(host) && isInternalAddress(host)) throw new FeedAddressRefusedError(host, host);
  }

  /** A DNS lookup for the HTTP client that refuses internal addresses of names not on the allow-list. */
  readonly lookup = async (hostname: string): Promise<{ address: string; family: number }[]> => {
    const addresses = await lookup(hostname, { all: true });
    if (this.allowed.has(hostOf(hostname))) return addresses;
    const refused = addresses.find((a) => isInternalAddress(a.address));
    if (refused) throw new FeedAddressRefusedError(hostname, refused.address);
    return addresses;
  };
}
