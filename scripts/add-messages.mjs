#!/usr/bin/env node
// Merges i18n messages into public/_locales/<lang>/messages.json, keeping keys sorted by insertion.
// Usage: node scripts/add-messages.mjs patch.json   where patch.json is
//   { "<key>": { "description": "…", "placeholders"?: {…}, "message": { "en": "…", "de": "…", … } } }
// Several people add strings at once; a read-merge-write per file keeps each edit whole.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
const patch = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const langs = ['en', 'de', 'sk', 'ja', 'lt', 'es', 'fr'];
for (const lang of langs) {
  const file = `public/_locales/${lang}/messages.json`;
  const data = JSON.parse(readFileSync(file, 'utf8'));
  for (const [key, entry] of Object.entries(patch)) {
    const message = entry.message[lang];
    if (typeof message !== 'string') throw new Error(`${key}: no ${lang} text`);
    data[key] = { message, description: entry.description, ...(entry.placeholders ? { placeholders: entry.placeholders } : {}) };
  }
  writeFileSync(`${file}.tmp`, JSON.stringify(data, null, 2) + '\n');
  renameSync(`${file}.tmp`, file);
}
console.log(`merged ${Object.keys(patch).length} keys into ${langs.length} locales`);
