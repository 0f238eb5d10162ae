using Wirewatch.Core.Documents;

namespace Wirewatch.Models.Benchmarks;

/// <summary>
/// The fixed corpus: the example article, split into words (punctuation apart) and sentences (at . ? !),
/// repeated to about 20,000 words, as a document with Tokens and Sentences layers. Word splitting here is
/// deliberately simple: the benchmarks time the models, not the tokenizer.
/// </summary>
public static class BenchmarkCorpus
{
    private static readonly Lazy<Document> Words = new(Build);

    /// <summary>The document with Tokens and Sentences.</summary>
    public static Document Document => Words.Value;

    public static int TokenCount => Words.Value.TokenCount;

    private static Document Build()
    {
        using var stream = typeof(BenchmarkCorpus).Assembly.GetManifestResourceStream("Wirewatch.Models.Benchmarks.article.txt")
            ?? throw new InvalidOperationException("The embedded example article is missing.");
        using var reader = new StreamReader(stream);
        var article = reader.ReadToEnd();
        var text = new System.Text.StringBuilder();
        while (text.Length < 120_000)
        {
            text.Append(article).Append("\n\n");
        }

        var content = text.ToString();
        var starts = new List<int>();
        var ends = new List<int>();
        var boundaries = new List<int> { 0 };
        int i = 0;
        while (i < content.Length)
        {
            char c = content[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int start = i;
            if (char.IsLetterOrDigit(c))
            {
                while (i < content.Length && (char.IsLetterOrDigit(content[i]) || (content[i] is '.' or '-' or ',' or '\'' && i + 1 < content.Length && char.IsLetterOrDigit(content[i + 1]))))
                {
                    i++;
                }
            }
            else
            {
                i++;
            }

            starts.Add(start);
            ends.Add(i);
            if (c is '.' or '?' or '!' && starts.Count > boundaries[^1])
            {
                boundaries.Add(starts.Count);
            }
        }

        if (boundaries[^1] != starts.Count)
        {
            boundaries.Add(starts.Count);
        }

        return new Document(content)
            .With(new TokenLayer([.. starts], [.. ends], content.Length))
            .With(new SentenceLayer([.. boundaries], starts.Count));
    }
}
