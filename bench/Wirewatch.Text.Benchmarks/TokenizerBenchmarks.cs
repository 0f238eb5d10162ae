using BenchmarkDotNet.Attributes;
using Wirewatch.Core.Documents;

namespace Wirewatch.Text.Benchmarks;

/// <summary>
/// The news tokenizer and sentence splitter against a naive whitespace splitter over the same
/// corpus. Throughput is the Mchar/s column; the whitespace splitter is the baseline that every
/// ratio is relative to.
/// </summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private readonly NewsTokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();
    private readonly TokenSpanBuffer _buffer = new(1 << 16);
    private string _text = string.Empty;
    private TokenLayer _tokens = null!;
    private int[] _starts = [];
    private int[] _ends = [];

    [GlobalSetup]
    public void Setup()
    {
        _text = BenchmarkCorpus.Value;
        _tokens = _tokenizer.Tokenize(_text);
        _starts = new int[_text.Length];
        _ends = new int[_text.Length];
    }

    [Benchmark(Baseline = true, Description = "Whitespace split (naive baseline)")]
    public int WhitespaceSplit()
    {
        var text = _text.AsSpan();
        int count = 0;
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                _starts[count] = start;
                _ends[count] = i;
                count++;
            }
        }

        return count;
    }

    [Benchmark(Description = "NewsTokenizer, reused buffer")]
    public int NewsTokenizerReusedBuffer()
    {
        _tokenizer.Tokenize(_text, _buffer);
        return _buffer.Count;
    }

    [Benchmark(Description = "NewsTokenizer, new TokenLayer")]
    public int NewsTokenizerTokenLayer() => _tokenizer.Tokenize(_text).Count;

    [Benchmark(Description = "SentenceSplitter over tokens")]
    public int SentenceSplitterSplit() => _splitter.Split(_text, _tokens).Count;
}
