using System.Text.Json;
using System.Text.RegularExpressions;
using Wirewatch.Core.Errors;

namespace Wirewatch.Eval.Ner;

/// <summary>
/// Reads the re3d corpus (Dstl; one folder per source with <c>documents.json</c> and <c>entities.json</c> as JSON
/// lines) into CoNLL-style documents with IOB2 tags in our coarse types. Texts are split into tokens and sentences by
/// simple rules. Only names are kept: Person → PER, Organisation → ORG, Location → LOC, Nationality → MISC; a span
/// loses a leading article, must start with a capital, and spans that are common-noun phrases ("U.S. service
/// members", "rebels") are dropped together with their sentence, so that they teach neither a name nor an O.
/// Entities with confidence below one half are ignored; of overlapping spans the longer wins.
/// </summary>
public static partial class Re3dReader
{
    /// <summary>The documents of every source folder under <paramref name="root"/>, ordered by folder and document id.</summary>
    public static List<(string Id, NerDocument Document)> ReadAll(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!Directory.Exists(root))
        {
            throw new InputRejectedException(root, "the re3d folder is missing");
        }

        var result = new List<(string, NerDocument)>();
        foreach (var folder in Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var docsPath = Path.Combine(folder, "documents.json");
            var entitiesPath = Path.Combine(folder, "entities.json");
            if (!File.Exists(docsPath) || !File.Exists(entitiesPath))
            {
                continue;
            }

            var entities = new Dictionary<string, List<(int Begin, int End, string Type)>>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(entitiesPath))
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var e = json.RootElement;
                string? type = e.GetProperty("type").GetString() switch
                {
                    "Person" => "PER",
                    "Organisation" => "ORG",
                    "Location" => "LOC",
                    "Nationality" => "MISC",
                    _ => null,
                };
                if (type is null || (e.TryGetProperty("confidence", out var c) && c.GetDouble() < 0.5))
                {
                    continue;
                }

                var doc = e.GetProperty("documentId").GetString()!;
                if (!entities.TryGetValue(doc, out var list))
                {
                    entities[doc] = list = [];
                }

                list.Add((e.GetProperty("begin").GetInt32(), e.GetProperty("end").GetInt32(), type));
            }

            var docs = new List<(string Id, string Text)>();
            foreach (var line in File.ReadLines(docsPath))
            {
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                docs.Add((json.RootElement.GetProperty("_id").GetString()!, json.RootElement.GetProperty("text").GetString()!));
            }

            docs.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
            foreach (var (id, text) in docs)
            {
                var doc = Convert(text, entities.GetValueOrDefault(id) ?? []);
                if (doc.Sentences.Count > 0)
                {
                    result.Add((Path.GetFileName(folder) + "/" + id, doc));
                }
            }
        }

        return result;
    }

    /// <summary>Tokenises a text and tags it with the given character spans (see the class remarks for what is kept).</summary>
    public static NerDocument Convert(string text, IReadOnlyList<(int Begin, int End, string Type)> spans)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var tokens = new List<(int Start, int End)>();
        foreach (Match m in TokenPattern().Matches(text))
        {
            tokens.Add((m.Index, m.Index + m.Length));
        }

        var tags = new string[tokens.Count];
        Array.Fill(tags, "O");
        var dropped = new bool[tokens.Count];
        var ordered = spans.OrderByDescending(s => s.End - s.Begin).ThenBy(s => s.Begin).ToList();
        var taken = new bool[tokens.Count];
        foreach (var (begin, end, type) in ordered)
        {
            int first = tokens.FindIndex(t => t.End > begin);
            int last = tokens.FindLastIndex(t => t.Start < end);
            if (first < 0 || last < first)
            {
                continue;
            }

            while (first <= last && IsArticle(text[tokens[first].Start..tokens[first].End]))
            {
                first++;
            }

            if (first > last || Enumerable.Range(first, last - first + 1).Any(i => taken[i]))
            {
                continue;
            }

            var lastWord = text[tokens[last].Start..tokens[last].End];
            if (!char.IsUpper(text[tokens[first].Start]) || (char.IsLower(lastWord[0]) && type != "MISC"))
            {
                // A description, not a name: keep it out of training altogether.
                for (int i = first; i <= last; i++)
                {
                    dropped[i] = true;
                }

                continue;
            }

            for (int i = first; i <= last; i++)
            {
                taken[i] = true;
                tags[i] = (i == first ? "B-" : "I-") + type;
            }
        }

        // Sentences: break after . ! ? (not after a short capitalised word such as "Gen") and at blank lines.
        var sentences = new List<NerSentence>();
        var current = new List<NerToken>();
        bool bad = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            var word = text[tokens[i].Start..tokens[i].End];
            current.Add(new NerToken(word, tags[i], i));
            bad |= dropped[i];
            bool end = word is "!" or "?" || (word == "." && !(i > 0 && IsAbbreviation(text[tokens[i - 1].Start..tokens[i - 1].End])));
            bool paragraph = i + 1 < tokens.Count && text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Contains("\n\n", StringComparison.Ordinal);
            if (end || paragraph || i == tokens.Count - 1)
            {
                if (!bad && current.Count > 0)
                {
                    sentences.Add(new NerSentence([.. current]));
                }

                current.Clear();
                bad = false;
            }
        }

        return new NerDocument(sentences);
    }

    // "Gen.", "Mr.", "Lt.": a short capitalised word before a period does not end the sentence.
    private static bool IsAbbreviation(string word) => word.Length is >= 1 and <= 3 && char.IsUpper(word[0]) && word.All(char.IsLetter);

    private static bool IsArticle(string word) => word is "the" or "The" or "a" or "A" or "an" or "An";

    // Words with inner periods, apostrophes and hyphens ("U.S.", "al-Assad", "don't"), numbers, or single symbols.
    [GeneratedRegex(@"(?:[A-Za-z]\.){2,}|[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*|\S")]
    private static partial Regex TokenPattern();
}
