// Loaded into the browser host with NODE_OPTIONS=--import (see host-process.ts). Records every
// attempt to reach a non-loopback address — TCP/TLS sockets, DNS lookups, fetch — as one JSON
// line in $OTASUKE_NET_LOG, and blocks it, so a test can prove the back end stays offline.
import dns from 'node:dns';
import fs from 'node:fs';
import net from 'node:net';

const logFile = process.env.OTASUKE_NET_LOG;
if (logFile) {
  const record = (entry) => fs.appendFileSync(logFile, `${JSON.stringify({ pid: process.pid, ...entry })}\n`);
  record({ event: 'hook-loaded' });

  const loopbackNames = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '::ffff:127.0.0.1']);
  const isLoopback = (host) => host === undefined || host === null || host === '' || loopbackNames.has(String(host)) || /^127\./.test(String(host));
  const blocked = (what) => Object.assign(new Error(`outbound network blocked in tests: ${what}`), { code: 'ENETUNREACH' });

  // net.Socket#connect(options | [options, cb] | path | port, host?). Unix sockets and pipes are local.
  const originalConnect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function connect(...args) {
    let options = args[0];
    if (Array.isArray(options)) options = options[0];
    let host;
    let isPath = false;
    if (typeof options === 'object' && options !== null) {
      host = options.host ?? options.hostname;
      isPath = typeof options.path === 'string';
    } else if (typeof options === 'string' && Number.isNaN(Number(options))) {
      isPath = true;
    } else {
      host = typeof args[1] === 'string' ? args[1] : undefined;
    }
    if (!isPath && !isLoopback(host)) {
      record({ event: 'connect', host: String(host), port: options?.port ?? options });
      process.nextTick(() => this.destroy(blocked(`connect ${host}`)));
      return this;
    }
    return originalConnect.apply(this, args);
  };

  for (const target of [dns, dns.promises]) {
    const originalLookup = target.lookup;
    target.lookup = function lookup(hostname, ...rest) {
      if (!isLoopback(hostname)) {
        record({ event: 'dns', host: String(hostname) });
        const callback = rest.find((r) => typeof r === 'function');
        if (target === dns.promises) return Promise.reject(blocked(`lookup ${hostname}`));
        process.nextTick(() => callback?.(blocked(`lookup ${hostname}`)));
        return {};
      }
      return originalLookup.call(this, hostname, ...rest);
    };
  }

  if (typeof globalThis.fetch === 'function') {
    const originalFetch = globalThis.fetch;
    globalThis.fetch = function fetch(input, init) {
      let host;
      try {
        host = new URL(typeof input === 'string' || input instanceof URL ? input : input.url).hostname;
      } catch {
        host = undefined;
      }
      if (!isLoopback(host)) {
        record({ event: 'fetch', host: String(host) });
        return Promise.reject(blocked(`fetch ${host}`));
      }
      return originalFetch.call(this, input, init);
    };
  }
}
