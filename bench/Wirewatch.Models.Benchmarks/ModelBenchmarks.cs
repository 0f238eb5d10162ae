using System.Collections.Frozen;
using BenchmarkDotNet.Attributes;
using Wirewatch.Core.Documents;
using Wirewatch.Core.IO;

namespace Wirewatch.Models.Benchmarks;

/// <summary>
/// Tagger, lemmatizer and parser over the fixed corpus, one thread, beside a naive baseline: a unigram tagger
/// that looks each word up in a most-frequent-tag table built from the tagger's own dictionary. Throughput is
/// the tokens/s column.
/// </summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    private ModelSet _models = null!;
    private Document _words = null!;
    private Document _tagged = null!;
    private FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _unigram;

    [GlobalSetup]
    public void Setup()
    {
        _models = ModelSet.Load(Path.Combine(DataDirectory.Resolve(), "models"));
        _words = BenchmarkCorpus.Document;
        _tagged = _models.Tagger.Process(_words, CancellationToken.None);
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        var tags = _tagged.Get<TagLayer>(LayerKind.Tags);
        for (int i = 0; i < _tagged.TokenCount; i++)
        {
            table.TryAdd(_tagged.Token(i).Text, tags.Xpos(i));
        }

        _unigram = table.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    [Benchmark(Baseline = true, Description = "Unigram lookup tagger (naive baseline)")]
    public int UnigramLookup()
    {
        var tokens = _words.TokenLayer;
        var text = _words.Text.AsSpan();
        int found = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            found += _unigram.TryGetValue(text[tokens.StartOf(i)..tokens.EndOf(i)], out _) ? 1 : 0;
        }

        return found;
    }

    [Benchmark(Description = "Tagger (two passes)")]
    public Document Tagger() => _models.Tagger.Process(_words, CancellationToken.None);

    [Benchmark(Description = "Lemmatizer")]
    public Document Lemmatizer() => _models.Lemmatizer.Process(_tagged, CancellationToken.None);

    [Benchmark(Description = "Parser (given tags)")]
    public Document Parser() => _models.Parser.Process(_tagged, CancellationToken.None);

    [Benchmark(Description = "Tagger + lemmatizer + parser")]
    public Document All()
    {
        var document = _models.Tagger.Process(_words, CancellationToken.None);
        document = _models.Lemmatizer.Process(document, CancellationToken.None);
        return _models.Parser.Process(document, CancellationToken.None);
    }
}
