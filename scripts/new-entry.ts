/** `npm run new`: see scripts/new-entry/cli.ts, or run `npm run new -- --help`. */
import { newEntry } from './new-entry/cli.ts';

process.exitCode = await newEntry(process.argv.slice(2), { input: process.stdin, output: process.stdout, interactive: Boolean(process.stdin.isTTY) });
