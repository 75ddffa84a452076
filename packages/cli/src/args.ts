/** Command-line arguments of `clausewise`, parsed by hand: the grammar is small and fixed. */

export type OutputFormat = "text" | "json" | "sarif";
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["text", "json", "sarif"];

export type Command =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "list-committees"; format: OutputFormat }
  | { kind: "lint"; committee: string | undefined; format: OutputFormat; quiet: boolean; fix: boolean; files: string[] };

/** Bad usage: the CLI prints the message and the usage line, and exits with 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export const USAGE = `Usage: clausewise lint [--committee <id>] [--format text|json|sarif] [--fix] [--quiet] FILE...
       clausewise list-committees [--format text|json]
       clausewise --help | --version

Lints Model UN working papers (.txt, .docx, .json) for mandate overreach, format and style.

Commands:
  lint FILE...          lint each file (a directory: the .txt, .docx and .json files under it)
  list-committees       list the committee profiles (ids for --committee)

Options:
  -c, --committee <id>  judge every file against this committee (an id such as hrc, ga-3, sc,
                        or a name or alias such as "Human Rights Council"); by default the
                        committee named in each paper's heading or organ line
  -f, --format <fmt>    text (default): one finding per line, file:line:column severity message rule
                        json: {"files": [{"path", "committee", "diagnostics"}]}
                        sarif: SARIF 2.1.0 for code-review tools
      --fix             apply every format and style fix to the files (.txt in place, where
                        each finding is; .json written again; .docx left as it is), then
                        report what is left; mandate findings are never fixed in bulk
  -q, --quiet           leave out the importer's notes on stderr (problems with files are still printed)
  -h, --help            show this help
  -v, --version         show the version

Exit status: 0 no errors found, 1 errors found, 2 bad usage or a file that could not be read.`;

function formatOf(value: string | undefined, flag: string): OutputFormat {
  if (value === undefined || value === "") throw new UsageError(`${flag} needs a value: text, json or sarif`);
  if (!(OUTPUT_FORMATS as readonly string[]).includes(value)) {
    throw new UsageError(`unknown format "${value}" for ${flag}: use text, json or sarif`);
  }
  return value as OutputFormat;
}

/** Parses argv (without node and the script). Throws UsageError on anything it does not understand. */
export function parseArgs(argv: readonly string[]): Command {
  let committee: string | undefined;
  let format: OutputFormat = "text";
  let help = false;
  let version = false;
  let quiet = false;
  let fix = false;
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    const eq = arg.startsWith("--") ? arg.indexOf("=") : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    const value = () => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith("-") && next !== "-")) return undefined;
      i++;
      return next;
    };
    switch (name) {
      case "-h":
      case "--help":
        help = true;
        break;
      case "-v":
      case "--version":
        version = true;
        break;
      case "-q":
      case "--quiet":
        quiet = true;
        break;
      case "--fix":
        fix = true;
        break;
      case "-c":
      case "--committee": {
        const v = value();
        if (!v) throw new UsageError(`${name} needs a committee id (see: clausewise list-committees)`);
        committee = v;
        break;
      }
      case "-f":
      case "--format":
        format = formatOf(value(), name);
        break;
      default:
        if (arg.startsWith("-") && arg !== "-") throw new UsageError(`unknown option "${arg}"`);
        positional.push(arg);
    }
  }
  if (help) return { kind: "help" };
  if (version) return { kind: "version" };
  const [command, ...rest] = positional;
  if (command === undefined) throw new UsageError("no command given");
  if (command === "list-committees") {
    if (rest.length) throw new UsageError(`list-committees takes no files (got "${rest[0]}")`);
    if (format === "sarif") throw new UsageError("list-committees prints text or json");
    if (fix) throw new UsageError("--fix goes with lint");
    return { kind: "list-committees", format };
  }
  if (command !== "lint") throw new UsageError(`unknown command "${command}": use lint or list-committees`);
  if (rest.length === 0) throw new UsageError("lint needs at least one file");
  return { kind: "lint", committee, format, quiet, fix, files: rest };
}
