namespace Wirewatch.Cli;

/// <summary>One verb of the command line (<c>annotate</c>, <c>eval tokenize</c>, ...).</summary>
internal interface ICommand
{
    /// <summary>The words that select it, e.g. <c>eval tokenize</c>.</summary>
    string Name { get; }

    /// <summary>One line for the command list.</summary>
    string Summary { get; }

    /// <summary>The full <c>--help</c> text: usage, options, and what is written where.</summary>
    string Help { get; }

    IReadOnlyCollection<string> ValueOptions { get; }

    IReadOnlyCollection<string> FlagOptions { get; }

    /// <summary>Runs the command; returns the process exit code.</summary>
    int Run(CommandArgs args, CliContext context);
}
