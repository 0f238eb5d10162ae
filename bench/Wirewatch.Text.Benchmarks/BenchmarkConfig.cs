using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Wirewatch.Text.Benchmarks;

/// <summary>The default configuration plus throughput in millions of characters per second over the fixed corpus.</summary>
public static class BenchmarkConfig
{
    public static IConfig Create() => ManualConfig.Create(DefaultConfig.Instance)
        .AddColumn(new CharactersPerSecondColumn())
        .AddDiagnoser(MemoryDiagnoser.Default);

    private sealed class CharactersPerSecondColumn : IColumn
    {
        public string Id => nameof(CharactersPerSecondColumn);

        public string ColumnName => "Mchar/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Millions of characters of the corpus processed per second (one thread)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            if (statistics is null || statistics.Mean <= 0)
            {
                return "-";
            }

            double seconds = statistics.Mean / 1e9;
            return (BenchmarkCorpus.Value.Length / seconds / 1e6).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsAvailable(Summary summary) => true;

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
    }
}
