#!/usr/bin/env node
// The PouchDB client side of benchmarks/peers.py: one action on a local PouchDB (LevelDB in a
// folder, as an offline-first node app keeps it), then one JSON line on stdout.
//
//   node replicate.js load <local dir> <docs.json>   put the docs (a JSON list, each with _id)
//                                                    into the local database; no network
//   node replicate.js edit <local dir> <docs.json>   replace those docs' content (same _id),
//                                                    each under its current _rev; no network
//   node replicate.js push <local dir> <remote url>  PouchDB.replicate(local -> remote)
//   node replicate.js sync <local dir> <remote url>  PouchDB.sync(local <-> remote)
//   node replicate.js pull <local dir> <remote url>  PouchDB.replicate(remote -> local)
//
// Replication runs once (not live), with PouchDB's default batch sizes and retry: false, so a
// cut connection ends it with an error (exit code 2) and the next run resumes from the
// checkpoints PouchDB keeps on both sides.
'use strict';

const fs = require('fs');
const PouchDB = require('pouchdb-node');

function summary(info) {
  const one = (i) => ({
    docs_read: i ? i.docs_read : 0,
    docs_written: i ? i.docs_written : 0,
    doc_write_failures: i ? i.doc_write_failures : 0,
  });
  if (info && (info.push || info.pull)) {
    const push = one(info.push);
    const pull = one(info.pull);
    return {
      docs_read: push.docs_read + pull.docs_read,
      docs_written: push.docs_written + pull.docs_written,
      doc_write_failures: push.doc_write_failures + pull.doc_write_failures,
    };
  }
  return one(info);
}

async function load(local, file) {
  const docs = JSON.parse(fs.readFileSync(file, 'utf8'));
  let written = 0;
  for (let i = 0; i < docs.length; i += 500) {
    const answers = await local.bulkDocs(docs.slice(i, i + 500));
    written += answers.filter((a) => a.ok).length;
  }
  return { docs_written: written };
}

async function edit(local, file) {
  const docs = JSON.parse(fs.readFileSync(file, 'utf8'));
  const current = await local.allDocs({ keys: docs.map((d) => d._id) });
  const revs = new Map(current.rows.filter((r) => r.value).map((r) => [r.id, r.value.rev]));
  const answers = await local.bulkDocs(docs.map((d) => ({ ...d, _rev: revs.get(d._id) })));
  return { docs_written: answers.filter((a) => a.ok).length };
}

async function main() {
  const [mode, dir, arg] = process.argv.slice(2);
  const local = new PouchDB(dir);
  const started = process.hrtime.bigint();
  const out = { mode, ok: true };
  try {
    if (mode === 'load') Object.assign(out, await load(local, arg));
    else if (mode === 'edit') Object.assign(out, await edit(local, arg));
    else {
      const remote = new PouchDB(arg);
      const options = { retry: false };
      let info;
      if (mode === 'push') info = await PouchDB.replicate(local, remote, options);
      else if (mode === 'pull') info = await PouchDB.replicate(remote, local, options);
      else if (mode === 'sync') info = await PouchDB.sync(local, remote, options);
      else throw new Error(`unknown mode ${mode}`);
      Object.assign(out, summary(info));
      await remote.close();
    }
  } catch (err) {
    out.ok = false;
    out.error = String((err && (err.message || err.reason || err.name)) || err);
    if (err && err.result) Object.assign(out, summary(err.result));
  }
  out.local_docs = (await local.info()).doc_count;
  out.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  await local.close();
  process.stdout.write(JSON.stringify(out) + '\n');
  process.exitCode = out.ok ? 0 : 2;
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
  process.exitCode = 1;
});
