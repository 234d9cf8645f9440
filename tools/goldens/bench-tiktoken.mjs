// Whole-process side of the throughput comparison: tiktoken (WASM) under node counts the tokens of FILE with an
// encoding, once, and prints "tokens seconds-spent-encoding" (load time excluded; the whole process is timed by
// bench-tiktoken.sh).   node bench-tiktoken.mjs o200k_base FILE
import { readFileSync } from "node:fs";
import { get_encoding } from "tiktoken";

const [encoding, file] = process.argv.slice(2);
const enc = get_encoding(encoding);
const text = readFileSync(file, "utf8");
const start = process.hrtime.bigint();
const tokens = enc.encode_ordinary(text).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(`${tokens} ${seconds.toFixed(3)}`);
