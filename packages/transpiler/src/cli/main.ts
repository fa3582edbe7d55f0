// The `py2ts` command line (yargs). Exit codes: 0 ok, 1 conversion errors (or the program's
// own status for `run`), 2 usage errors.

import { createRequire } from "node:module";
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { convertCommand } from "./convert.js";
import { runCommand } from "./run.js";

const version = (createRequire(import.meta.url)("../../package.json") as { version: string }).version;

export async function main(argv: readonly string[] = hideBin(process.argv)): Promise<number> {
  let exitCode = 0;
  const parser = yargs([...argv])
    .scriptName("py2ts")
    .usage("$0 <command> [options]\n\nConvert Python multiprocessing scripts to TypeScript for Node.js.")
    .option("diagnostics", {
      choices: ["pretty", "compact"] as const,
      default: "pretty" as const,
      describe: "how errors are printed: with code frames, or one line each",
    })
    .command(
      "convert <inputs..>",
      "convert .py files (or every .py file under a folder) to .ts",
      (command) =>
        command
          .positional("inputs", { type: "string", array: true, demandOption: true, describe: "Python files or folders" })
          .option("o", { alias: "out", type: "string", describe: "output file (one input only)" })
          .option("out-dir", { type: "string", describe: "write outputs under this folder" })
          .option("quiet", { alias: "q", type: "boolean", default: false, describe: "do not list written files" })
          .conflicts("o", "out-dir")
          .check((args) => {
            if (args.o !== undefined && (args.inputs as string[]).length !== 1) throw new Error("-o/--out takes exactly one input file");
            return true;
          }),
      async (args) => {
        exitCode = await convertCommand({
          inputs: args.inputs as string[],
          out: args.o,
          outDir: args["out-dir"],
          format: args.diagnostics,
          quiet: args.quiet,
        });
      },
    )
    .command(
      "run <file> [args..]",
      "convert a .py file in memory and run it with Node",
      (command) =>
        command
          .positional("file", { type: "string", demandOption: true, describe: "the Python script" })
          .positional("args", { type: "string", array: true, default: [] as string[], describe: "arguments for the script (sys.argv[1:])" })
          .parserConfiguration({ "unknown-options-as-args": true }),
      async (args) => {
        exitCode = await runCommand({ file: args.file, args: (args.args ?? []).map(String), format: args.diagnostics });
      },
    )
    .demandCommand(1, "name a command: convert or run")
    .strict()
    .version(version)
    .help()
    .alias("h", "help")
    .exitProcess(false)
    .fail((message, error) => {
      if (error) throw error;
      process.stderr.write(`py2ts: ${message}\nRun 'py2ts --help' for usage.\n`);
      exitCode = 2;
    });
  await parser.parseAsync();
  return exitCode;
}
