using BenchmarkDotNet.Running;

namespace Wirewatch.Text.Benchmarks;

/// <summary>
/// Entry point: <c>dotnet run -c Release --project bench/Wirewatch.Text.Benchmarks -- --filter '*'</c>
/// (add <c>--job short</c> for a quick run).
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
}
