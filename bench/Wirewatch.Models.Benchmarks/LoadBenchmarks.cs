using BenchmarkDotNet.Attributes;
using Wirewatch.Core.IO;

namespace Wirewatch.Models.Benchmarks;

/// <summary>How long loading the three committed models takes (files in the page cache).</summary>
[MemoryDiagnoser]
public class LoadBenchmarks
{
    private string _folder = string.Empty;

    [GlobalSetup]
    public void Setup() => _folder = Path.Combine(DataDirectory.Resolve(), "models");

    [Benchmark(Description = "Load tagger + lemmatizer + parser")]
    public ModelSet Load() => ModelSet.Load(_folder);
}
