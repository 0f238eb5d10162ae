using Wirewatch.Core.Documents;
using Wirewatch.Geo.Places;

namespace Wirewatch.Geo.Events;

/// <summary>
/// Picks the place of an event from its trigger token: the place attached to the trigger in the
/// dependency parse when there is one (fewest steps; a path through the subject counts as longer,
/// since "jets from Cairo" tells where the actor came from; a locative case marker counts as
/// shorter), else the best place of the trigger's sentence (after a locative preposition, finer,
/// nearer), else the article's focus. Demonyms ("Egyptian jets") never locate an event.
/// Stateless and thread-safe.
/// </summary>
public sealed class EventLocator
{
    /// <summary>How many steps up the tree a place may be from the trigger ("attack on the consulate in Benghazi" is 2).</summary>
    public const int MaxHops = 4;

    // "from" is left out on purpose: "jets from Cairo" says where the actor came from, not where the event happened.
    private static readonly string[] Locatives = ["in", "at", "near", "outside", "inside", "around", "across", "into", "of", "throughout", "within"];

    /// <summary>The event's place, or null when the document has no place at all.</summary>
    public EventLocation? Locate(Document document, int triggerToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if ((uint)triggerToken >= (uint)document.TokenCount)
        {
            throw new ArgumentOutOfRangeException(nameof(triggerToken));
        }

        var layer = document.Find<PlaceLayer>(LayerKind.Places);
        if (layer is null || layer.Count == 0)
        {
            return null;
        }

        var tokens = document.TokenLayer;
        if (document.Find<DependencyLayer>(LayerKind.Dependencies) is { } deps && FromParse(document, tokens, deps, layer, triggerToken) is { } parsed)
        {
            return parsed;
        }

        if (document.Find<SentenceLayer>(LayerKind.Sentences) is { } sentences && FromSentence(document, tokens, sentences, layer, triggerToken) is { } inSentence)
        {
            return inSentence;
        }

        var focus = ArticleFocus.Of(layer.Places);
        if (focus is null)
        {
            return null;
        }

        int precision = focus.Precision == 1 ? 2 : focus.Precision;
        return new EventLocation(focus, precision, EventLocationBasis.ArticleFocus, $"article focus: {focus.Name}, the most-mentioned place (no place in the sentence)");
    }

    private static EventLocation? FromParse(Document document, TokenLayer tokens, DependencyLayer deps, PlaceLayer places, int trigger)
    {
        PlaceMention? best = null;
        double bestCost = double.MaxValue;
        int bestHops = 0;
        string relation = string.Empty;
        foreach (var p in places.Places)
        {
            if (p.IsDemonym)
            {
                continue;
            }

            int head = HeadOf(tokens, deps, p.Start, p.End);
            if (head < 0)
            {
                continue;
            }

            int hops = 0;
            int node = head;
            bool throughSubject = false;
            while (node >= 0 && node != trigger && hops < MaxHops)
            {
                throughSubject |= deps.Relation(node).StartsWith("nsubj", StringComparison.Ordinal) || deps.Relation(node).StartsWith("csubj", StringComparison.Ordinal);
                node = deps.Head(node);
                hops++;
            }

            if (node != trigger || hops == 0)
            {
                continue;
            }

            // A place that is the trigger's own subject or agent is an actor named by its capital
            // ("Washington blamed ...", "blamed by Washington"), not where the event happened.
            if (hops == 1 && (deps.Relation(head) is "nsubj" or "obl:agent" or "csubj" || HasCase(document, deps, head, "by")))
            {
                continue;
            }

            double cost = hops + (throughSubject ? 2 : 0) - (HasLocativeCase(document, deps, head) ? 0.5 : 0);
            if (cost < bestCost || (cost == bestCost && best is not null && p.Precision < best.Precision))
            {
                best = p;
                bestCost = cost;
                bestHops = hops;
                relation = deps.Relation(head);
            }
        }

        return best is null
            ? null
            : new EventLocation(best, best.Precision, EventLocationBasis.Parse, $"parse: {best.Name} is attached to the trigger '{document.Token(trigger).Text}' ({relation}, {bestHops} step{(bestHops == 1 ? string.Empty : "s")})");
    }

    private static bool HasCase(Document document, DependencyLayer deps, int head, string preposition) =>
        CaseWord(document, deps, head).Equals(preposition, StringComparison.OrdinalIgnoreCase);

    // A "case" child that is a locative preposition: "in Derna", "near Sirte".
    private static bool HasLocativeCase(Document document, DependencyLayer deps, int head)
    {
        var word = CaseWord(document, deps, head);
        foreach (var l in Locatives)
        {
            if (word.Equals(l, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The preposition marking <paramref name="head"/> (its "case" child), or empty.</summary>
    private static ReadOnlySpan<char> CaseWord(Document document, DependencyLayer deps, int head)
    {
        foreach (int t in deps.Children(head))
        {
            if (t < head && deps.Relation(t) == "case")
            {
                return document.Token(t).Chars;
            }
        }

        return [];
    }

    /// <summary>The token of the span whose head lies outside it (the span's syntactic head).</summary>
    private static int HeadOf(TokenLayer tokens, DependencyLayer deps, int start, int end)
    {
        int first = tokens.FirstEndingAfter(start);
        int fallback = -1;
        for (int t = first; t < tokens.Count && tokens.StartOf(t) < end; t++)
        {
            fallback = fallback < 0 ? t : fallback;
            int h = deps.Head(t);
            if (h < 0 || tokens.StartOf(h) < start || tokens.StartOf(h) >= end)
            {
                return t;
            }
        }

        return fallback;
    }

    private static EventLocation? FromSentence(Document document, TokenLayer tokens, SentenceLayer sentences, PlaceLayer places, int trigger)
    {
        int s = sentences.SentenceOf(trigger);
        int from = tokens.StartOf(sentences.FirstToken(s));
        int to = tokens.EndOf(sentences.EndToken(s) - 1);
        int triggerAt = tokens.StartOf(trigger);
        PlaceMention? best = null;
        (bool Locative, int Precision, int Distance) bestKey = default;
        foreach (var p in places.Places)
        {
            if (p.IsDemonym || p.Start < from || p.End > to)
            {
                continue;
            }

            var key = (AfterLocative(document.Text, p.Start), p.Precision, Math.Abs(p.Start - triggerAt));
            if (best is null || Better(key, bestKey))
            {
                best = p;
                bestKey = key;
            }
        }

        return best is null
            ? null
            : new EventLocation(best, best.Precision, EventLocationBasis.Sentence, $"sentence: {best.Name}{(bestKey.Locative ? " after a locative preposition" : string.Empty)} in the trigger's sentence");
    }

    private static bool Better((bool Locative, int Precision, int Distance) a, (bool Locative, int Precision, int Distance) b)
    {
        if (a.Locative != b.Locative)
        {
            return a.Locative;
        }

        return a.Precision != b.Precision ? a.Precision < b.Precision : a.Distance < b.Distance;
    }

    // "in Derna", "in the Sinai", "in eastern Libya": the word before (skipping "the") is a locative preposition.
    private static bool AfterLocative(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        for (int skip = 0; skip < 2; skip++)
        {
            int space = before.LastIndexOfAny(' ', '\n', '\t');
            var word = before[(space + 1)..];
            foreach (var l in Locatives)
            {
                if (word.Equals(l, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            if (!word.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            before = before[..Math.Max(0, space)].TrimEnd();
        }

        return false;
    }
}
