using Wirewatch.Core.Documents;
using Wirewatch.Core.IO;
using Wirewatch.Entities;
using Wirewatch.Events.Ontology;
using Wirewatch.Events.Patterns;

namespace Wirewatch.Events.Tests;

/// <summary>
/// Builds parsed documents by hand for the coder's tests: one string per sentence, tokens separated by spaces, each
/// token as word/UPOS/lemma/head/relation (head 1-based within the sentence, 0 = root); "_" as lemma = the lower-cased
/// word. Entities are given as (first word, word count, label, canonical, country, sector) over document word indices.
/// </summary>
internal static class CoderDocuments
{
    private static readonly Lazy<EventCoder> SharedCoder = new(() => EventCoderComponent.Load(DataFolder).Coder);

    /// <summary>The repository's data folder (the committed ontology and trigger files; no shared data).</summary>
    public static string DataFolder => Path.Combine(DataDirectory.FindRepositoryRoot(AppContext.BaseDirectory)!, "data");

    /// <summary>The coder over the committed data files.</summary>
    public static EventCoder Coder => SharedCoder.Value;

    public static EventOntology Ontology => Coder.Ontology;

    public static Document Build(DateOnly? published, IReadOnlyList<(int First, int Count, EntityLabel Label, string Canonical, string? Country, string? Sector)> entities, params string[] sentences)
    {
        var text = new System.Text.StringBuilder();
        var starts = new List<int>();
        var ends = new List<int>();
        var upos = new List<UniversalPos>();
        var xpos = new List<string>();
        var lemmas = new List<string>();
        var heads = new List<int>();
        var rels = new List<string>();
        var boundaries = new List<int> { 0 };
        foreach (var sentence in sentences)
        {
            int offset = starts.Count;
            foreach (var token in sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var f = token.Split('/');
                if (f.Length != 5)
                {
                    throw new ArgumentException($"Token '{token}' is not word/UPOS/lemma/head/relation.");
                }

                string word = f[0].Replace('_', ' ');
                if (text.Length > 0)
                {
                    text.Append(' ');
                }

                starts.Add(text.Length);
                text.Append(word);
                ends.Add(text.Length);
                var pos = Enum.Parse<UniversalPos>(f[1]);
                upos.Add(pos);
                xpos.Add(DefaultXpos(word, pos));
                lemmas.Add(f[2] == "_" ? word.ToLowerInvariant() : f[2]);
                int head = int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture);
                heads.Add(head == 0 ? -1 : offset + head - 1);
                rels.Add(f[4]);
            }

            boundaries.Add(starts.Count);
            text.Append(" \n");
        }

        string s = text.ToString();
        var document = new Document(s, new ArticleMetadata { Published = published })
            .With(new TokenLayer([.. starts], [.. ends], s.Length))
            .With(new SentenceLayer([.. boundaries], starts.Count))
            .With(new TagLayer([.. upos], [.. xpos]))
            .With(new LemmaLayer([.. lemmas]))
            .With(new DependencyLayer([.. heads], [.. rels]));
        var articleEntities = new List<ArticleEntity>();
        var mentions = new List<EntityMention>();
        foreach (var (first, count, label, canonical, country, sector) in entities)
        {
            var mention = new EntityMention(starts[first], ends[first + count - 1], first, first + count, label, articleEntities.Count, "test");
            mentions.Add(mention);
            articleEntities.Add(new ArticleEntity
            {
                Label = label,
                Canonical = canonical,
                EntityId = "test:" + canonical.ToLowerInvariant().Replace(' ', '-'),
                Country = country,
                Sector = sector,
                Mentions = [mention],
                Reason = "test",
            });
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return document.With(new EntityLayer(articleEntities, mentions, starts.Count));
    }

    public static string Text(Document document, EventParticipant p) => document.Text[p.Start..p.End];

    private static string DefaultXpos(string word, UniversalPos pos) => pos switch
    {
        UniversalPos.NOUN => word.EndsWith('s') ? "NNS" : "NN",
        UniversalPos.PROPN => word.EndsWith('s') && word.Length > 3 ? "NNPS" : "NNP",
        UniversalPos.VERB => word.EndsWith("ing", StringComparison.Ordinal) ? "VBG" : word.EndsWith("ed", StringComparison.Ordinal) ? "VBD" : "VB",
        UniversalPos.ADJ => "JJ",
        UniversalPos.PRON => "PRP",
        UniversalPos.DET => "DT",
        UniversalPos.ADP => "IN",
        UniversalPos.AUX => word switch { "are" or "am" => "VBP", "is" => "VBZ", "being" => "VBG", "been" => "VBN", _ => "VBD" },
        UniversalPos.NUM => "CD",
        UniversalPos.PUNCT => ".",
        UniversalPos.CCONJ => "CC",
        _ => "XX",
    };
}
