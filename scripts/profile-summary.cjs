// `node scripts/profile-summary.cjs <file.cpuprofile> [top]`: a V8 CPU profile's self time by where the code lives (a
// package under node_modules, a folder of Casus, node's own internals, the collector, idle) and its costliest functions.
// For BENCH_HTTP_PROFILE's profile of the API under load; plain JavaScript, it reads a profile and nothing else.
'use strict';
const { readFileSync } = require('node:fs');

const [file, topArgument = '40'] = process.argv.slice(2);
if (!file) throw new Error('usage: node scripts/profile-summary.cjs <file.cpuprofile> [top]');
const profile = JSON.parse(readFileSync(file, 'utf8'));

const intervals = new Map();
for (let i = 0; i < profile.samples.length; i += 1) {
  intervals.set(profile.samples[i], (intervals.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
}
const total = [...intervals.values()].reduce((sum, us) => sum + us, 0);

function placeOf({ url, functionName }) {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage) return inPackage[1];
  if (url.startsWith('node:')) return 'node internals';
  const ours = /\/dist\/((?:apps|libs)\/[^/]+(?:\/src\/[^/]+)?)/.exec(url);
  return ours ? ours[1] : url;
}

const byPlace = new Map();
const byFunction = new Map();
for (const node of profile.nodes) {
  const us = intervals.get(node.id) ?? 0;
  if (us === 0) continue;
  const place = placeOf(node.callFrame);
  byPlace.set(place, (byPlace.get(place) ?? 0) + us);
  const name = `${node.callFrame.functionName || '(anonymous)'} ${place}:${node.callFrame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + us);
}

const share = (us) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
const print = (title, entries, count) => {
  console.log(title);
  for (const [name, us] of [...entries].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`${share(us)}  ${name}`);
};
console.log(`${(total / 1e6).toFixed(1)} s sampled`);
print('self time by place', byPlace, 30);
print('self time by function', byFunction, Number(topArgument));
