namespace Wirewatch.Cli.Tests;

/// <summary>Runs the command-line program in-process, capturing its exit code, standard output and standard error.</summary>
internal static class Cli
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CommandLineApp.Run(args, new CliContext(output, error, CancellationToken.None));
        return (code, output.ToString(), error.ToString());
    }
}
