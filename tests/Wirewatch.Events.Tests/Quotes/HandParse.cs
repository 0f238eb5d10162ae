using Wirewatch.Core.Documents;
using Wirewatch.Entities;

namespace Wirewatch.Events.Tests.Quotes;

/// <summary>
/// Builds a parsed document by hand. Each sentence is a list of tokens <c>form|UPOS|head|deprel[|lemma]</c> with the head
/// counted from 1 inside the sentence (0 = root); tokens are joined by spaces (a form starting with <c>~</c> is glued to the previous token), sentences by a space (or a newline after
/// <see cref="Paragraph"/>). The lemma defaults to the lower-case form. Entities are given by token range.
/// </summary>
internal sealed class HandParse
{
    private readonly List<string> _forms = [];
    private readonly List<UniversalPos> _upos = [];
    private readonly List<string> _lemmas = [];
    private readonly List<int> _heads = [];
    private readonly List<string> _relations = [];
    private readonly List<int> _boundaries = [0];
    private readonly List<string> _separators = [];
    private readonly List<(EntityLabel Label, string Canonical, string? Id, int First, int End)> _entities = [];
    private bool _paragraph;

    public HandParse Sentence(params string[] tokens)
    {
        int offset = _forms.Count;
        for (int i = 0; i < tokens.Length; i++)
        {
            var parts = tokens[i].Split('|');
            bool glued = parts[0].Length > 1 && parts[0][0] == '~';
            _separators.Add(glued ? "" : i == 0 && offset > 0 ? (_paragraph ? "\n" : " ") : (i == 0 ? "" : " "));
            _forms.Add(glued ? parts[0][1..] : parts[0]);
            _upos.Add(Enum.Parse<UniversalPos>(parts[1]));
            int head = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
            _heads.Add(head == 0 ? -1 : offset + head - 1);
            _relations.Add(parts[3]);
            _lemmas.Add(parts.Length > 4 ? parts[4] : _forms[^1].ToLowerInvariant());
        }

        _paragraph = false;
        _boundaries.Add(_forms.Count);
        return this;
    }

    /// <summary>The next sentence starts a new paragraph (a line break instead of a space).</summary>
    public HandParse Paragraph()
    {
        _paragraph = true;
        return this;
    }

    /// <summary>An entity over document tokens [first, end); the same canonical name joins mentions into one entity.</summary>
    public HandParse Entity(EntityLabel label, string canonical, int first, int end, string? id = null)
    {
        _entities.Add((label, canonical, id, first, end));
        return this;
    }

    public int TokenOf(string form, int occurrence = 0)
    {
        for (int t = 0; t < _forms.Count; t++)
        {
            if (_forms[t] == form && occurrence-- == 0)
            {
                return t;
            }
        }

        throw new ArgumentException($"No token '{form}'.");
    }

    public Document Build()
    {
        var text = new System.Text.StringBuilder();
        var starts = new int[_forms.Count];
        var ends = new int[_forms.Count];
        for (int t = 0; t < _forms.Count; t++)
        {
            text.Append(_separators[t]);
            starts[t] = text.Length;
            text.Append(_forms[t]);
            ends[t] = text.Length;
        }

        var s = text.ToString();
        var document = new Document(s)
            .With(new TokenLayer(starts, ends, s.Length))
            .With(new SentenceLayer([.. _boundaries], _forms.Count))
            .With(new TagLayer([.. _upos], [.. _upos.Select(u => u.ToString())]))
            .With(new LemmaLayer([.. _lemmas]))
            .With(new DependencyLayer([.. _heads], [.. _relations]));
        var entities = new List<ArticleEntity>();
        var mentions = new List<EntityMention>();
        var byName = new Dictionary<string, (int Index, List<EntityMention> Mentions)>();
        foreach (var (label, canonical, id, first, end) in _entities.OrderBy(e => e.First))
        {
            if (!byName.TryGetValue(canonical, out var entry))
            {
                entry = (byName.Count, []);
                byName[canonical] = entry;
            }

            var mention = new EntityMention(starts[first], ends[end - 1], first, end, label, entry.Index, "test");
            entry.Mentions.Add(mention);
            mentions.Add(mention);
        }

        foreach (var (canonical, entry) in byName.OrderBy(e => e.Value.Index))
        {
            var first = entry.Mentions[0];
            entities.Add(new ArticleEntity
            {
                Label = first.Label,
                Canonical = canonical,
                EntityId = _entities.First(e => e.Canonical == canonical).Id,
                Mentions = entry.Mentions,
                Reason = "test",
            });
        }

        return document.With(new EntityLayer(entities, mentions, _forms.Count));
    }
}
