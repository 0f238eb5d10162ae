using System.Text;
using Wirewatch.Core.Errors;

namespace Wirewatch.Cli;

/// <summary>Dispatches the command line to a command, and turns errors into messages and exit codes.</summary>
internal static class CommandLineApp
{
    public const int ExitOk = 0;
    public const int ExitFailure = 1;
    public const int ExitUsage = 2;

    /// <summary>Exit code of an unexpected exception (a bug), as sysexits' EX_SOFTWARE.</summary>
    public const int ExitBug = 70;

    public static int Run(IReadOnlyList<string> args, CliContext context)
    {
        if (args.Count == 0 || args[0] is "--help" or "-h" or "help")
        {
            context.Out.Write(GeneralHelp([.. args.Skip(1)]));
            return args.Count == 0 ? ExitUsage : ExitOk;
        }

        if (args[0] is "--version" or "version")
        {
            context.Out.WriteLine(VersionInfo.Line);
            return ExitOk;
        }

        var (command, consumed) = Find(args);
        if (command is null)
        {
            var group = Group(args[0]);
            if (group.Count > 0)
            {
                var sub = args.Count > 1 && !args[1].StartsWith('-') ? $" '{args[1]}'" : string.Empty;
                context.Error.WriteLine(sub.Length > 0 ? $"error: unknown command '{args[0]}'{sub}." : $"error: '{args[0]}' needs a subcommand.");
                context.Error.Write(ListCommands(group));
            }
            else
            {
                context.Error.WriteLine($"error: unknown command '{args[0]}'. Run 'wirewatch --help' for the list.");
            }

            return ExitUsage;
        }

        try
        {
            var parsed = CommandArgs.Parse([.. args.Skip(consumed)], command.ValueOptions, command.FlagOptions);
            if (parsed.HelpRequested)
            {
                context.Out.Write(command.Help);
                return ExitOk;
            }

            return command.Run(parsed, context);
        }
        catch (UsageException ex)
        {
            context.Error.WriteLine($"error: {ex.Message}");
            context.Error.WriteLine($"Run 'wirewatch {command.Name} --help' for usage.");
            return ExitUsage;
        }
        catch (WirewatchException ex)
        {
            context.Error.WriteLine($"error {ex.Code}: {ex.Message}");
            return ExitFailure;
        }
        catch (OperationCanceledException)
        {
            context.Error.WriteLine("cancelled.");
            return 130;
        }
        catch (IOException ex)
        {
            context.Error.WriteLine($"error: {ex.Message}");
            return ExitFailure;
        }
        catch (UnauthorizedAccessException ex)
        {
            context.Error.WriteLine($"error: {ex.Message}");
            return ExitFailure;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            ReportBug(ex, command.Name, context.Error, Environment.GetEnvironmentVariable("WIREWATCH_DEBUG") == "1");
            return ExitBug;
        }
    }

    /// <summary>One readable paragraph instead of a raw stack trace; the full trace with WIREWATCH_DEBUG=1.</summary>
    internal static void ReportBug(Exception ex, string command, TextWriter error, bool debug)
    {
        var frame = new System.Diagnostics.StackTrace(ex, fNeedFileInfo: false).GetFrame(0)?.GetMethod();
        var where = frame is null ? string.Empty : $" in {frame.DeclaringType?.Name}.{frame.Name}";
        error.WriteLine($"error: internal error in 'wirewatch {command}': {ex.GetType().Name}{where}: {ex.Message}");
        error.WriteLine("This is a bug in Wirewatch; please report it with the input that caused it.");
        if (debug)
        {
            error.WriteLine(ex.ToString());
        }
        else
        {
            error.WriteLine("Set WIREWATCH_DEBUG=1 to print the full stack trace.");
        }
    }

    private static (ICommand? Command, int Consumed) Find(IReadOnlyList<string> args)
    {
        ICommand? best = null;
        int bestWords = 0;
        foreach (var command in CommandCatalog.All)
        {
            var words = command.Name.Split(' ');
            if (words.Length > args.Count || words.Length <= bestWords)
            {
                continue;
            }

            bool match = true;
            for (int i = 0; i < words.Length; i++)
            {
                match &= words[i] == args[i];
            }

            if (match)
            {
                best = command;
                bestWords = words.Length;
            }
        }

        return (best, bestWords);
    }

    private static List<ICommand> Group(string first)
    {
        var list = new List<ICommand>();
        foreach (var command in CommandCatalog.All)
        {
            if (command.Name.StartsWith(first + " ", StringComparison.Ordinal))
            {
                list.Add(command);
            }
        }

        return list;
    }

    private static string GeneralHelp(IReadOnlyList<string> topic)
    {
        if (topic.Count > 0)
        {
            var (command, _) = Find(topic);
            if (command is not null)
            {
                return command.Help;
            }
        }

        var sb = new StringBuilder();
        sb.AppendLine(VersionInfo.Line);
        sb.AppendLine("Turns news articles into event data: who did what to whom, where, when, and how sure the report is.");
        sb.AppendLine();
        sb.AppendLine("Usage: wirewatch COMMAND [options]      (wirewatch COMMAND --help for details)");
        sb.AppendLine();
        sb.Append(ListCommands(CommandCatalog.All));
        sb.AppendLine();
        sb.AppendLine("Global: --help, --version.");
        sb.AppendLine("Exit codes: 0 success, 1 failure (the message says why), 2 wrong usage, 70 internal error (WIREWATCH_DEBUG=1 for the trace), 130 cancelled.");
        return sb.ToString();
    }

    private static string ListCommands(IReadOnlyList<ICommand> commands)
    {
        var sb = new StringBuilder("Commands:\n");
        int width = 0;
        foreach (var command in commands)
        {
            width = Math.Max(width, command.Name.Length);
        }

        foreach (var command in commands)
        {
            sb.Append("  ").Append(command.Name.PadRight(width + 2)).AppendLine(command.Summary);
        }

        return sb.ToString();
    }
}
