using System.Globalization;

namespace Wirewatch.Cli;

/// <summary>A command's parsed arguments: positionals, options with values, and flags. Unknown options are errors.</summary>
internal sealed class CommandArgs
{
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _flags;

    private CommandArgs(List<string> positionals, Dictionary<string, string> values, HashSet<string> flags)
    {
        Positionals = positionals;
        _values = values;
        _flags = flags;
    }

    public IReadOnlyList<string> Positionals { get; }

    public bool HelpRequested => _flags.Contains("--help");

    /// <summary>Parses <paramref name="args"/> against the options a command declares (<c>--name</c> takes a value; flags do not).</summary>
    public static CommandArgs Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        var positionals = new List<string>();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
            {
                flags.Add("--help");
                continue;
            }

            if (arg == "--")
            {
                for (i++; i < args.Count; i++)
                {
                    positionals.Add(args[i]);
                }

                break;
            }

            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                string name = arg;
                string? inline = null;
                int eq = arg.IndexOf('=', StringComparison.Ordinal);
                if (eq > 0)
                {
                    name = arg[..eq];
                    inline = arg[(eq + 1)..];
                }

                if (valueOptions.Contains(name))
                {
                    if (inline is null)
                    {
                        if (i + 1 >= args.Count)
                        {
                            throw new UsageException($"Option {name} needs a value.");
                        }

                        inline = args[++i];
                    }

                    values[name] = inline;
                }
                else if (flagOptions.Contains(name) && inline is null)
                {
                    flags.Add(name);
                }
                else
                {
                    throw new UsageException($"Unknown option {arg}.");
                }

                continue;
            }

            positionals.Add(arg);
        }

        return new CommandArgs(positionals, values, flags);
    }

    public bool Flag(string name) => _flags.Contains(name);

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public string Required(string name) =>
        _values.TryGetValue(name, out var value) ? value : throw new UsageException($"Option {name} is required.");

    public int Int(string name, int fallback)
    {
        if (!_values.TryGetValue(name, out var raw))
        {
            return fallback;
        }

        return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"Option {name} expects an integer, got '{raw}'.");
    }

    public DateOnly? Date(string name)
    {
        if (!_values.TryGetValue(name, out var raw))
        {
            return null;
        }

        return DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"Option {name} expects a date as YYYY-MM-DD, got '{raw}'.");
    }
}
