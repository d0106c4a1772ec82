namespace BackpainGuide.Cli;

/// <summary>The parsed command line.</summary>
public sealed record CommandLine(
    string Command,
    string Input,
    string Output,
    string? Theme,
    string? BaseUrl,
    bool Quiet,
    bool Help,
    int Port = 8080,
    string Format = "text",
    string? Title = null,
    IReadOnlyList<string>? Tags = null,
    bool Version = false,
    string? Folder = null,
    bool Follow = false)
{
    public static readonly IReadOnlyList<string> Commands = ["build", "check", "serve", "new", "init"];

    /// <summary>--timings: print where the time of a build or check went, stage by stage, to stderr.</summary>
    public bool Timings { get; init; }

    public static readonly IReadOnlyList<string> Formats = ["text", "github", "json"];

    /// <summary>Parses <paramref name="args"/>; returns null and an error message on a usage error.</summary>
    public static (CommandLine? Line, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? command = null;
        string input = "input", output = "output";
        string? theme = null, baseUrl = null;
        bool quiet = false, help = false, version = false, timings = false, follow = false;
        string? folder = null;
        var port = 8080;
        var format = "text";
        string? title = null;
        List<string>? tags = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string? Value()
            {
                var eq = arg.IndexOf('=');
                if (eq > 0) return arg[(eq + 1)..];
                return i + 1 < args.Count ? args[++i] : null;
            }
            var name = arg.Contains('=') && arg.StartsWith("--", StringComparison.Ordinal) ? arg[..arg.IndexOf('=')] : arg;
            switch (name)
            {
                case "-h" or "--help" or "help":
                    help = true;
                    break;
                case "--version":
                    version = true;
                    break;
                case "-q" or "--quiet":
                    quiet = true;
                    break;
                case "--timings":
                    timings = true;
                    break;
                case "--follow":
                    follow = true;
                    break;
                case "--input" or "-i":
                    input = Value() ?? "";
                    if (input.Length == 0) return (null, "--input needs a folder");
                    break;
                case "--output" or "-o":
                    output = Value() ?? "";
                    if (output.Length == 0) return (null, "--output needs a folder");
                    break;
                case "--theme":
                    theme = Value();
                    if (string.IsNullOrEmpty(theme)) return (null, "--theme needs a folder");
                    break;
                case "--port":
                    if (!int.TryParse(Value(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out port)
                        || port is < 0 or > 65535)
                    {
                        return (null, "--port needs a port number from 0 (any free port) to 65535");
                    }
                    break;
                case "--format":
                    format = Value() ?? "";
                    if (!Formats.Contains(format)) return (null, $"--format needs one of: {string.Join(", ", Formats)}");
                    break;
                case "--tags":
                    var value = Value();
                    if (string.IsNullOrWhiteSpace(value)) return (null, "--tags needs one or more tag names, for example --tags cause,remedy");
                    tags ??= [];
                    tags.AddRange(value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
                    break;
                case "--base-url":
                    baseUrl = Value();
                    if (string.IsNullOrEmpty(baseUrl) || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)
                        || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                    {
                        return (null, "--base-url needs an absolute http(s) URL, for example https://example.org/guide/");
                    }
                    if (uri.UserInfo.Length > 0)
                    {
                        return (null, "--base-url must not carry a user name or password (user:password@): it would be published in every page");
                    }
                    break;
                default:
                    if (arg.StartsWith('-')) return (null, $"unknown option '{arg}'");
                    if (command == "new" && title is null)
                    {
                        title = arg;
                        break;
                    }
                    if (command == "init" && folder is null)
                    {
                        folder = arg;
                        break;
                    }
                    if (command is not null) return (null, $"unexpected argument '{arg}'");
                    if (!Commands.Contains(arg)) return (null, $"unknown command '{arg}'; commands are: {string.Join(", ", Commands)}");
                    command = arg;
                    break;
            }
        }
        command ??= "build";
        if (command == "init" && !help && !version && string.IsNullOrEmpty(folder))
        {
            return (null, "init needs the folder to create the guide in, for example: init my-guide");
        }
        if (command == "new" && !help)
        {
            if (string.IsNullOrWhiteSpace(title)) return (null, "new needs the question, for example: new \"Why does my back hurt after hills?\" --tags cause");
            if (tags is null) return (null, "new needs --tags, for example --tags cause");
        }
        if (command != "new" && tags is not null) return (null, "--tags applies only to new");
        if (command is "new" or "serve" or "init" && format != "text") return (null, "--format applies only to build and check");
        if (command is "new" or "serve" or "init" && timings) return (null, "--timings applies only to build and check");
        if (command != "serve" && follow) return (null, "--follow applies only to serve");
        return (new CommandLine(command, input, output, theme, baseUrl, quiet, help, port, format, title, tags, version, folder, follow) { Timings = timings }, null);
    }

    public const string Usage = """
        backpain-guide: builds the guide in input/ into a static site.

        Usage:
          backpain-guide [build|check|serve] [options]
          backpain-guide new "QUESTION?" --tags TAG[,TAG] [options]
          backpain-guide init DIR

        Commands:
          build    (default) check the content, then write the site to the output folder.
                   The site is written to a temporary folder and swapped in only when the whole
                   build succeeded: a failed or interrupted build leaves the old output untouched.
          check    check the content and every internal link; write nothing.
          serve    build for http://127.0.0.1:PORT/ (keeping site.yml's base path) in memory,
                   serve it there, and rebuild what changed when input/ or theme/ changes; open
                   tabs reload and show build errors. Writes nothing to disk. Ctrl+C stops.
          new      write input/questions/<slug>.md for a new question: the slug made from the
                   question, the tags given, today's date as reviewed, and a placeholder source
                   that check refuses (BG095) until you give the real one. Prints the path.
          init     start a new guide in DIR (created if missing; refused unless empty): site.yml,
                   tags.yml, an example question and an about page under DIR/input/, a README,
                   GitHub workflows (check pull requests, deploy to Pages) and a .gitignore.

        Options:
          -i, --input DIR     content folder (default: input)
          -o, --output DIR    where the site goes (default: output)
              --theme DIR     templates and assets (default: the theme/ folder beside the input
                              folder, else the theme shipped with the program)
              --base-url URL  the URL the site is served from, overriding base_url in site.yml;
                              its path (e.g. /backpain-guide/) prefixes every link
              --port N        the port serve listens on, on 127.0.0.1 only (default: 8080;
                              0 picks a free port)
              --format F      how build and check print diagnostics: text (default), github
                              (workflow commands, and a table in $GITHUB_STEP_SUMMARY), json
              --tags T[,T]    the tags of the question new writes (names from tags.yml)
              --timings       after build or check, print to stderr the time of each stage, of
                              making each kind of output, of the file system and of the GC
              --follow        serve: open tabs go to the page of each question you save (a
                              button in the preview turns this on and off per tab)
          -q, --quiet         print only diagnostics (no progress line, no summary)
              --version       print the version and exit
          -h, --help          show this help

        Diagnostics are printed one per line as  path:line:column: error BGnnn: message
        Exit codes: 0 success (warnings allowed), 1 content errors, 2 usage errors (also: init's folder
        is not empty, build's output folder is not one a build wrote), 3 internal error.
        """;
}
