using Wirewatch.Core.Errors;

namespace Wirewatch.Events.Relations;

/// <summary>The relation patterns read from <c>data/events/relation-patterns.tsv</c>. Immutable.</summary>
public sealed class RelationPatternSet
{
    /// <summary>The file name inside <c>data/events</c>.</summary>
    public const string FileName = "relation-patterns.tsv";

    /// <summary>The predicates the record allows.</summary>
    public static readonly IReadOnlyList<string> Predicates =
        ["allegiance", "affiliated-with", "rival-of", "backed-by", "leader-of", "member-of", "located-in"];

    private RelationPatternSet(List<RelationPattern> patterns)
    {
        Patterns = patterns;
    }

    public IReadOnlyList<RelationPattern> Patterns { get; }

    public static RelationPatternSet Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new ModelLoadException(path, "the relation pattern file does not exist; it ships in data/events.");
        }

        return Parse(File.ReadLines(path), path);
    }

    /// <summary>Reads pattern lines; <paramref name="origin"/> names the source in error messages.</summary>
    public static RelationPatternSet Parse(IEnumerable<string> lines, string origin)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var patterns = new List<RelationPattern>();
        int number = 0;
        foreach (var raw in lines)
        {
            number++;
            if (raw.Trim().Length == 0 || raw.TrimStart()[0] == '#')
            {
                continue;
            }

            var cols = raw.Split('\t');
            if (cols.Length != 4)
            {
                throw new ModelLoadException(origin, $"line {number}: expected predicate, match, words and subject separated by tabs.");
            }

            var predicate = cols[0].Trim();
            if (!Predicates.Contains(predicate))
            {
                throw new ModelLoadException(origin, $"line {number}: unknown predicate '{predicate}'.");
            }

            var match = cols[1].Trim() switch
            {
                "phrase" => RelationMatchKind.Phrase,
                "suffix" => RelationMatchKind.Suffix,
                "org-in-gpe" => RelationMatchKind.OrganizationInPlace,
                "verb" => RelationMatchKind.Verb,
                "verb-reversed" => RelationMatchKind.VerbReversed,
                "place" => RelationMatchKind.PlaceAfter,
                "title" => RelationMatchKind.Title,
                "phrase-reversed" => RelationMatchKind.PhraseReversed,
                "group" => RelationMatchKind.GroupAfter,
                var other => throw new ModelLoadException(origin, $"line {number}: unknown match '{other}' (phrase, phrase-reversed, suffix, org-in-gpe, verb, verb-reversed, place, group, title)."),
            };
            var words = cols[2].Trim().ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                throw new ModelLoadException(origin, $"line {number}: no words.");
            }

            if ((match is RelationMatchKind.Verb or RelationMatchKind.VerbReversed && words.Length > 2)
                || (match is RelationMatchKind.PlaceAfter or RelationMatchKind.GroupAfter or RelationMatchKind.Title && words.Length != 1))
            {
                throw new ModelLoadException(origin, $"line {number}: a verb pattern is a verb and at most one preposition; a place or group pattern is one preposition; a title pattern is one noun.");
            }

            bool person = cols[3].Trim() switch
            {
                "PER" => true,
                "any" => false,
                var other => throw new ModelLoadException(origin, $"line {number}: unknown subject constraint '{other}' (any, PER)."),
            };
            patterns.Add(new RelationPattern(predicate, match, words, person));
        }

        return new RelationPatternSet(patterns);
    }
}
