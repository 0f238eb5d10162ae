using BenchmarkDotNet.Attributes;
using Wirewatch.Core.IO;
using Wirewatch.Models.Entities;

namespace Wirewatch.Models.Benchmarks.Entities;

/// <summary>
/// The named-entity recognizer over the fixed corpus, one thread, lexicon flags all zero (the flags are computed by
/// Wirewatch.Entities and timed by <c>eval ner</c>), beside a naive baseline that marks every capitalised word.
/// Throughput is the tokens/s column; the target is 50,000 tokens/s.
/// </summary>
[MemoryDiagnoser]
public class EntityRecognizerBenchmarks
{
    private PerceptronEntityRecognizer _recognizer = null!;
    private string _text = null!;
    private int[] _starts = null!;
    private int[] _ends = null!;
    private int[] _boundaries = null!;
    private uint[] _flags = null!;
    private int[] _labels = null!;

    [GlobalSetup]
    public void Setup()
    {
        _recognizer = PerceptronEntityRecognizer.Load(Path.Combine(DataDirectory.Resolve(), "models", "ner.wwm"));
        var document = BenchmarkCorpus.Document;
        _text = document.Text;
        _starts = document.TokenLayer.Starts.ToArray();
        _ends = document.TokenLayer.Ends.ToArray();
        var sentences = document.SentenceLayer;
        _boundaries = new int[sentences.Count + 1];
        for (int s = 0; s < sentences.Count; s++)
        {
            _boundaries[s] = sentences.FirstToken(s);
        }

        _boundaries[^1] = _starts.Length;
        _flags = new uint[_starts.Length];
        _labels = new int[_starts.Length];
    }

    [Benchmark(Baseline = true, Description = "Capitalised words (naive baseline)")]
    public int Capitalised()
    {
        int found = 0;
        for (int i = 0; i < _starts.Length; i++)
        {
            found += char.IsUpper(_text[_starts[i]]) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(Description = "Entity recognizer (labels per token)")]
    public int Recognizer()
    {
        _recognizer.Label(_text, _starts, _ends, _flags, _boundaries, _labels);
        return _labels[^1];
    }
}
