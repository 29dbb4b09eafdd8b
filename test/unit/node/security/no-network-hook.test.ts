import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTempDir } from '../../../support/temp-dir';
import { noNetworkHook, readNetworkLog } from '../../../support/network-log';

/** The e2e no-network proof is only as good as its detector: show it catches each kind of attempt. */
function runWithHook(script: string) {
  const log = path.join(makeTempDir('otasuke-net-'), 'net.jsonl');
  const result = spawnSync(process.execPath, ['--import', noNetworkHook, '--input-type=module', '-e', script], {
    env: { ...process.env, OTASUKE_NET_LOG: log },
    encoding: 'utf8',
    timeout: 20_000,
  });
  return { ...readNetworkLog(log), stderr: result.stderr, status: result.status };
}

describe('no-network hook', () => {
  it('records and blocks fetch, sockets, TLS and DNS to remote hosts', () => {
    const { loaded, attempts, status, stderr } = runWithHook(`
      import net from 'node:net'; import tls from 'node:tls'; import dns from 'node:dns'; import https from 'node:https';
      const settle = (p) => p.then(() => {}, () => {});
      await settle(fetch('https://example.com/'));
      await new Promise((r) => { const s = net.connect(443, '93.184.216.34'); s.on('error', r); s.on('connect', r); });
      await new Promise((r) => { const s = tls.connect({ host: 'www.ipa.go.jp', port: 443 }); s.on('error', r); s.on('secureConnect', r); });
      await new Promise((r) => dns.lookup('evil.example', () => r()));
      await settle(dns.promises.lookup('evil2.example'));
      await new Promise((r) => https.get('https://update.example/', r).on('error', r));
    `);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(loaded).toBe(true);
    const hosts = attempts.map((a) => `${a.event}:${a.host}`);
    expect(hosts).toEqual(expect.arrayContaining(['fetch:example.com', 'connect:93.184.216.34', 'connect:www.ipa.go.jp', 'dns:evil.example', 'dns:evil2.example']));
    expect(hosts.some((h) => h.includes('update.example'))).toBe(true);
  });

  it('lets loopback through without recording it', () => {
    const { loaded, attempts, status } = runWithHook(`
      import http from 'node:http';
      const server = http.createServer((_q, s) => s.end('ok')).listen(0, '127.0.0.1');
      await new Promise((r) => server.once('listening', r));
      const res = await fetch('http://127.0.0.1:' + server.address().port + '/');
      if ((await res.text()) !== 'ok') process.exit(3);
      server.close();
    `);
    expect(status).toBe(0);
    expect(loaded).toBe(true);
    expect(attempts).toEqual([]);
  });

  it('the log reader reports a missing log as "not loaded"', () => {
    const missing = path.join(makeTempDir(), 'none.jsonl');
    expect(fs.existsSync(missing)).toBe(false);
    expect(readNetworkLog(missing)).toEqual({ loaded: false, attempts: [] });
  });
});
