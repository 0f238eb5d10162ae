namespace Wirewatch.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, progress and diagnostics to <see cref="Error"/>.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, CancellationToken cancellationToken)
{
    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    public CancellationToken CancellationToken { get; } = cancellationToken;
}
