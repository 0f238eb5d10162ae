using Wirewatch.Core.Documents;

namespace Wirewatch.Events.Tests.Attributes;

/// <summary>
/// Builds parsed documents by hand, one sentence per string, tokens separated by spaces, each token
/// <c>word|UPOS|head|deprel</c>, <c>word|UPOS|lemma|head|deprel</c> or <c>word|UPOS|XPOS|lemma|head|deprel</c>;
/// heads count from 1 within the sentence, 0 is the root. The text is the words joined by single spaces.
/// </summary>
internal static class ParsedText
{
    public static Document Build(params string[] sentences)
    {
        var words = new List<string>();
        var upos = new List<UniversalPos>();
        var xpos = new List<string>();
        var lemmas = new List<string>();
        var heads = new List<int>();
        var relations = new List<string>();
        var boundaries = new List<int> { 0 };
        foreach (string sentence in sentences)
        {
            int offset = words.Count;
            foreach (string token in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                string[] f = token.Split('|');
                (string word, string tag, string? x, string? lemma, string head, string relation) = f.Length switch
                {
                    4 => (f[0], f[1], null, null, f[2], f[3]),
                    5 => (f[0], f[1], null, f[2], f[3], f[4]),
                    6 => (f[0], f[1], f[2], f[3], f[4], f[5]),
                    _ => throw new ArgumentException($"Bad token '{token}'."),
                };
                UniversalPos pos = Enum.Parse<UniversalPos>(tag);
                words.Add(word);
                upos.Add(pos);
                xpos.Add(x ?? DefaultXpos(word, pos));
                lemmas.Add(lemma ?? word.ToLowerInvariant());
                int h = int.Parse(head, System.Globalization.CultureInfo.InvariantCulture);
                heads.Add(h == 0 ? -1 : offset + h - 1);
                relations.Add(relation);
            }

            boundaries.Add(words.Count);
        }

        var text = new System.Text.StringBuilder();
        var starts = new int[words.Count];
        var ends = new int[words.Count];
        for (int i = 0; i < words.Count; i++)
        {
            if (i > 0)
            {
                text.Append(boundaries.Contains(i) ? '\n' : ' ');
            }

            starts[i] = text.Length;
            text.Append(words[i]);
            ends[i] = text.Length;
        }

        string s = text.ToString();
        return new Document(s)
            .With(new TokenLayer(starts, ends, s.Length))
            .With(new SentenceLayer([.. boundaries], words.Count))
            .With(new TagLayer([.. upos], [.. xpos]))
            .With(new LemmaLayer([.. lemmas]))
            .With(new DependencyLayer([.. heads], [.. relations]));
    }

    /// <summary>One unparsed-shape sentence: every word a root, names capitalised as PROPN, digits as NUM, the rest X.</summary>
    public static Document Flat(string sentence)
    {
        var tokens = new List<string>();
        foreach (string word in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string tag = char.IsAsciiDigit(word[0]) ? "NUM" : char.IsUpper(word[0]) ? "PROPN" : "X";
            tokens.Add($"{word}|{tag}|0|dep");
        }

        return Build(string.Join(' ', tokens));
    }

    /// <summary>The index of the <paramref name="occurrence"/>-th token whose text is <paramref name="word"/>.</summary>
    public static int TokenOf(Document document, string word, int occurrence = 0)
    {
        for (int t = 0; t < document.TokenCount; t++)
        {
            if (document.Token(t).Chars.SequenceEqual(word) && occurrence-- == 0)
            {
                return t;
            }
        }

        throw new ArgumentException($"No token '{word}'.");
    }

    /// <summary>The text of a char span.</summary>
    public static string Span(Document document, int start, int end) => document.Text[start..end];

    private static string DefaultXpos(string word, UniversalPos pos) => pos switch
    {
        UniversalPos.NOUN => word.EndsWith('s') ? "NNS" : "NN",
        UniversalPos.PROPN => "NNP",
        UniversalPos.VERB => "VBD",
        UniversalPos.ADJ => "JJ",
        UniversalPos.ADV => "RB",
        UniversalPos.NUM => "CD",
        UniversalPos.DET => "DT",
        UniversalPos.ADP => "IN",
        UniversalPos.AUX => "MD",
        UniversalPos.PRON => "PRP",
        UniversalPos.PART => "RB",
        UniversalPos.CCONJ => "CC",
        UniversalPos.SCONJ => "IN",
        _ => word,
    };
}
