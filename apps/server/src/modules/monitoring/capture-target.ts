import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Which addresses a page capture may reach. A supervisor pastes any URL, and Chromium runs on the
 * server: without this check a capture could read the server's own services, the office network or
 * a cloud metadata endpoint (SSRF). Refused unless NETRA_CAPTURE_ALLOW_PRIVATE is on.
 */
const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network" (0.0.0.0 reaches the local machine)
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT (also some cloud metadata, e.g. 100.100.100.200)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, cloud metadata 169.254.169.254
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const)
  NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['fc00::', 7], // unique local (also AWS's fd00:ec2::254)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const)
  NON_PUBLIC.addSubnet(network, prefix, 'ipv6');

/** True for loopback, private, link-local and other addresses that are not on the public internet. */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true; // not an address: never treat it as public
  // IPv4-mapped IPv6 (::ffff:10.0.0.1) is checked against the IPv4 ranges by BlockList itself.
  return NON_PUBLIC.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

export type TargetVerdict =
  | { ok: true }
  | { ok: false; refusal: 'unsupported_url'; detail: string }
  | { ok: false; refusal: 'private_address'; host: string; address: string }
  | { ok: false; refusal: 'unresolvable'; host: string; detail: string };

/** Resolves a host name to all its addresses (node:dns lookup, as the operating system does). */
export type Resolver = (host: string) => Promise<string[]>;
export const systemResolver: Resolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Checks where `url` leads: only http(s), and the host (an address, or every address its name
 * resolves to) must be public. A name that does not resolve is reported as such; callers decide.
 */
export async function checkCaptureTarget(
  url: string | URL,
  resolve: Resolver = systemResolver,
): Promise<TargetVerdict> {
  let parsed: URL;
  try {
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return { ok: false, refusal: 'unsupported_url', detail: 'not a valid URL' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    return { ok: false, refusal: 'unsupported_url', detail: `scheme ${parsed.protocol} is not http(s)` };
  const host = parsed.hostname.replace(/^\[(.*)\]$/, '$1');
  // Chromium sends *.localhost to the loopback interface whatever DNS says.
  if (host === 'localhost' || host.endsWith('.localhost'))
    return { ok: false, refusal: 'private_address', host, address: '127.0.0.1' };
  if (isIP(host))
    return isNonPublicAddress(host)
      ? { ok: false, refusal: 'private_address', host, address: host }
      : { ok: true };
  let addresses: string[];
  try {
    addresses = await resolve(host);
  } catch (error) {
    return {
      ok: false,
      refusal: 'unresolvable',
      host,
      detail: (error as { code?: string }).code ?? 'lookup failed',
    };
  }
  if (addresses.length === 0) return { ok: false, refusal: 'unresolvable', host, detail: 'no address' };
  const blocked = addresses.find(isNonPublicAddress);
  return blocked ? { ok: false, refusal: 'private_address', host, address: blocked } : { ok: true };
}

/** Checks per host, each host resolved once (one capture's page loads many resources from few hosts). */
export function cachedTargetCheck(resolve: Resolver = systemResolver): (url: URL) => Promise<TargetVerdict> {
  const byHost = new Map<string, Promise<TargetVerdict>>();
  return (url) => {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return checkCaptureTarget(url, resolve);
    let verdict = byHost.get(url.hostname);
    if (!verdict) {
      verdict = checkCaptureTarget(url, resolve);
      byHost.set(url.hostname, verdict);
    }
    return verdict;
  };
}
