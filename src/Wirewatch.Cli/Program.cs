using Wirewatch.Cli;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
try
{
    return CommandLineApp.Run(args, new CliContext(stdout, Console.Error, cancellation.Token));
}
finally
{
    stdout.Flush();
}
