using Wirewatch.Core.Documents;

namespace Wirewatch.Geo.Tests;

/// <summary>Builds documents by hand: whitespace tokens, one sentence per line, optional heads.</summary>
internal static class TestDocuments
{
    public static Document Tokenized(string text)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        var boundaries = new List<int> { 0 };
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                if (text[i] == '\n' && starts.Count > boundaries[^1])
                {
                    boundaries.Add(starts.Count);
                }

                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            starts.Add(start);
            ends.Add(i);
        }

        if (boundaries[^1] != starts.Count)
        {
            boundaries.Add(starts.Count);
        }

        return new Document(text)
            .With(new TokenLayer([.. starts], [.. ends], text.Length))
            .With(new SentenceLayer([.. boundaries], starts.Count));
    }

    /// <summary>The index of the first token whose text is <paramref name="word"/>.</summary>
    public static int TokenOf(Document document, string word)
    {
        for (int t = 0; t < document.TokenCount; t++)
        {
            if (document.Token(t).Chars.SequenceEqual(word))
            {
                return t;
            }
        }

        throw new ArgumentException($"No token '{word}'.");
    }
}
