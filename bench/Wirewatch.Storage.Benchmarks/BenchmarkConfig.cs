using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Wirewatch.Storage.Benchmarks;

/// <summary>The default configuration plus rates: operations per second (articles stored, or candidates clustered) and event rows per second.</summary>
public static class BenchmarkConfig
{
    public static IConfig Create() => ManualConfig.Create(DefaultConfig.Instance)
        .AddColumn(new RateColumn("ops/s", "Operations per second: articles stored (one transaction each), or candidates clustered", _ => 1))
        .AddColumn(new RateColumn("event rows/s", "Event rows written per second (write benchmarks)", EventsPerArticle));

    private static double EventsPerArticle(BenchmarkCase benchmarkCase)
    {
        foreach (var parameter in benchmarkCase.Parameters.Items)
        {
            if (parameter.Name == nameof(PostgresWriteBenchmarks.EventsPerArticle) && parameter.Value is int n)
            {
                return n;
            }
        }

        return 0;
    }

    private sealed class RateColumn(string name, string legend, Func<BenchmarkCase, double> perOperation) : IColumn
    {
        public string Id => "Rate." + name;

        public string ColumnName => name;

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => legend;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            double per = perOperation(benchmarkCase);
            if (statistics is null || statistics.Mean <= 0 || per <= 0)
            {
                return "-";
            }

            // Mean is nanoseconds per operation (one article, thanks to OperationsPerInvoke).
            return (per * 1e9 / statistics.Mean).ToString("F0", CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
