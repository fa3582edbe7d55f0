// The `py2ts` command line (yargs). Exit codes: 0 ok, 1 conversion errors (or the program's
// own status for `run`), 2 usage errors.

import { createRequire } from "node:module";
import yargs from "yargs";
import { hideBin } from "yargs/helpers";
import { convertCommand } from "./convert.js";
import { runCommand } from "./run.js";

const version = (createRequire(import.meta.url)("../../package.json") as { version: string }).version;

/** `run <file> args…`: everything after the script belongs to the script (`py2ts run s.py -h`
 *  passes -h to it), so it is split off before yargs sees it. */
function splitScriptArgs(argv: readonly string[]): { readonly own: readonly string[]; readonly scriptArgs?: string[] } {
  const run = argv.indexOf("run");
  if (run < 0 || argv.slice(0, run).some((token) => !token.startsWith("-") && token !== "pretty" && token !== "compact")) return { own: argv };
  for (let index = run + 1; index < argv.length; index++) {
    const token = argv[index]!;
    if (token === "--diagnostics") index++;
    else if (!token.startsWith("-")) return { own: argv.slice(0, index + 1), scriptArgs: argv.slice(index + 1) };
  }
  return { own: argv };
}

export async function main(argv: readonly string[] = hideBin(process.argv)): Promise<number> {
  let exitCode = 0;
  const { own, scriptArgs } = splitScriptArgs(argv);
  const parser = yargs([...own])
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
          .conflicts("o", "out-dir"),
      async (args) => {
        if (exitCode === 2) return; // yargs with exitProcess(false) calls handlers after a usage error
        if (args.o !== undefined && (args.inputs as string[]).length !== 1) {
          usage("-o/--out takes exactly one input file");
          return;
        }
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
        if (exitCode === 2) return;
        exitCode = await runCommand({ file: args.file, args: scriptArgs ?? (args.args ?? []).map(String), format: args.diagnostics });
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
      usage(message);
    });
  const usage = (message: string): void => {
    if (exitCode === 2) return; // one message: yargs may report the same mistake twice
    process.stderr.write(`py2ts: ${message}\nRun 'py2ts --help' for usage.\n`);
    exitCode = 2;
  };
  await parser.parseAsync();
  return exitCode;
}
