// Preloaded into the server by the sandbox test: records every attempt to open a network
// connection or look up a host, and refuses it. The log path comes from NETWORK_PROBE_LOG.
const fs = require('fs');
const net = require('net');
const dns = require('dns');
const http = require('http');
const https = require('https');

function refuse(what) {
  return function () {
    fs.appendFileSync(process.env.NETWORK_PROBE_LOG, `${what}\n`);
    throw new Error(`network access refused: ${what}`);
  };
}

net.Socket.prototype.connect = refuse('net.Socket.connect');
net.connect = net.createConnection = refuse('net.connect');
dns.lookup = refuse('dns.lookup');
dns.resolve = refuse('dns.resolve');
http.request = http.get = refuse('http.request');
https.request = https.get = refuse('https.request');
if (typeof globalThis.fetch === 'function') globalThis.fetch = refuse('fetch');
