using BenchmarkDotNet.Running;

namespace Wirewatch.Storage.Benchmarks;

/// <summary>
/// Entry point: <c>WIREWATCH_BENCH_POSTGRES='Host=...;Username=...;Database=...' dotnet run -c Release --project
/// bench/Wirewatch.Storage.Benchmarks -- --filter '*'</c>. Without a connection string (that variable, else
/// <c>WIREWATCH_TEST_POSTGRES</c>) it says so and exits without running anything.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (PostgresBenchmarkDatabase.ConnectionString is null)
        {
            Console.Error.WriteLine(
                $"Storage benchmarks skipped: no PostgreSQL connection configured. Set {PostgresBenchmarkDatabase.Variable} " +
                $"(or {PostgresBenchmarkDatabase.FallbackVariable}) to an Npgsql connection string or postgres:// URI; for a throwaway " +
                "local server: source .ci/postgres.sh; start_test_postgres (it exports WIREWATCH_TEST_POSTGRES).");
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, BenchmarkConfig.Create());
        return 0;
    }
}
