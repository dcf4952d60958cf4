import { describe, expect, it } from 'vitest';
import {
  cachedTargetCheck,
  checkCaptureTarget,
  isNonPublicAddress,
  type Resolver,
} from '../../src/modules/monitoring/capture-target';

describe('capture targets', () => {
  it('classifies addresses: loopback, private, link-local and other internal ranges are not public', () => {
    for (const address of [
      '127.0.0.1',
      '127.8.9.10',
      '0.0.0.0',
      '10.0.0.1',
      '172.16.0.1',
      '172.31.255.254',
      '192.168.1.1',
      '169.254.169.254',
      '100.100.100.200',
      '::1',
      '::',
      'fc00::1',
      'fd00:ec2::254',
      'fe80::1',
      '::ffff:127.0.0.1',
      '::ffff:a00:1',
      '224.0.0.1',
      '255.255.255.255',
    ])
      expect(isNonPublicAddress(address), address).toBe(true);
    for (const address of [
      '8.8.8.8',
      '172.32.0.1',
      '172.15.255.255',
      '203.0.113.7',
      '2606:4700::1111',
      '::ffff:8.8.8.8',
    ])
      expect(isNonPublicAddress(address), address).toBe(false);
  });

  it('refuses non-http(s) schemes and internal hosts; public hosts pass', async () => {
    const resolve: Resolver = async (host) =>
      ({ 'berita.example': ['203.0.113.7'], 'intranet.example': ['203.0.113.8', '10.1.2.3'] })[host] ??
      Promise.reject(Object.assign(new Error('not found'), { code: 'ENOTFOUND' }));
    expect(await checkCaptureTarget('file:///etc/passwd', resolve)).toMatchObject({
      ok: false,
      refusal: 'unsupported_url',
    });
    expect(await checkCaptureTarget('ftp://berita.example/', resolve)).toMatchObject({
      refusal: 'unsupported_url',
    });
    expect(await checkCaptureTarget('not a url', resolve)).toMatchObject({ refusal: 'unsupported_url' });
    expect(await checkCaptureTarget('https://berita.example/a', resolve)).toEqual({ ok: true });
    // Any one internal address among those the name resolves to is enough to refuse it.
    expect(await checkCaptureTarget('https://intranet.example/', resolve)).toEqual({
      ok: false,
      refusal: 'private_address',
      host: 'intranet.example',
      address: '10.1.2.3',
    });
    expect(await checkCaptureTarget('http://app.localhost/', resolve)).toMatchObject({
      refusal: 'private_address',
    });
    expect(await checkCaptureTarget('http://[::1]:8080/', resolve)).toMatchObject({
      refusal: 'private_address',
      address: '::1',
    });
    expect(await checkCaptureTarget('http://0x7f.1/', resolve)).toMatchObject({
      refusal: 'private_address',
      address: '127.0.0.1',
    });
    expect(await checkCaptureTarget('https://hilang.example/', resolve)).toEqual({
      ok: false,
      refusal: 'unresolvable',
      host: 'hilang.example',
      detail: 'ENOTFOUND',
    });
  });

  it('resolves each host once per capture', async () => {
    const asked: string[] = [];
    const check = cachedTargetCheck(async (host) => {
      asked.push(host);
      return ['203.0.113.7'];
    });
    for (const path of ['/', '/a.css', '/b.js'])
      expect(await check(new URL(`https://berita.example${path}`))).toEqual({ ok: true });
    expect(asked).toEqual(['berita.example']);
  });
});
