// Runs the CLI straight from src/ (through tsx), for working on the extractor without rebuilding dist/:
//   npx tsx scripts/newskg.ts eval corpus/tune
import { main } from '../src/cli/main.js';

process.exitCode = await main(process.argv.slice(2));
