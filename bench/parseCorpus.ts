/**
 * Child process of the benchmark: reads and parses every file of a corpus folder, as a cold
 * index build must, and prints {docs, bytes, ms, maxRssBytes} as JSON.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseDraft } from '../server/src/service';

const dir = process.argv[2];
const start = performance.now();
let docs = 0;
let bytes = 0;
for (const name of fs.readdirSync(dir).filter((n) => !n.startsWith('.'))) {
  const text = fs.readFileSync(path.join(dir, name), 'utf8');
  bytes += text.length;
  parseDraft(text);
  docs++;
}
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ docs, bytes, ms, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
