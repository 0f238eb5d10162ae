using BenchmarkDotNet.Running;

namespace Wirewatch.Models.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project bench/Wirewatch.Models.Benchmarks -- --filter '*'</c>
/// (add <c>--job short</c> for a quick run), or <c>-- --profile</c> for a quick stopwatch breakdown of the parser.
/// Reads the committed models from <c>data/models</c>.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["--profile"])
        {
            ProfileRun.Run();
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
    }
}
