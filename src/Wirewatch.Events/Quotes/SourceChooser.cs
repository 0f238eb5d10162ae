using Wirewatch.Core.Documents;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// Chooses an attribution's source with the source weights of <see cref="AttributionModel"/>: the best-scoring candidate
/// of <see cref="SourceFeatures"/> above 0, else none. The speaker's words are the mention in the cue's clause (a
/// pronoun, a relative "who", a name); a pronoun keeps the entity it refers to, and a relative pronoun the noun phrase
/// it stands for (<see cref="QuoteSpeaker.Antecedent"/>) with that phrase's entity and descriptor.
/// </summary>
internal static class SourceChooser
{
    /// <summary>The token that stands for a cue span: its first verb, else its first noun, else adjective, else its first token; -1 when empty.</summary>
    public static int CueToken(ParsedDocument p, IReadOnlyList<TextSpan> cue)
    {
        int firstToken = -1, noun = -1, adjective = -1;
        foreach (var span in cue)
        {
            for (int t = Math.Max(0, p.Tokens.FirstEndingAfter(span.Start)); t >= 0 && t < p.Count && p.Start(t) < span.End; t++)
            {
                if (firstToken < 0)
                {
                    firstToken = t;
                }

                switch (p.Upos[t])
                {
                    case UniversalPos.VERB:
                        return t;
                    case UniversalPos.NOUN when noun < 0:
                        noun = t;
                        break;
                    case UniversalPos.ADJ when adjective < 0:
                        adjective = t;
                        break;
                }
            }
        }

        return noun >= 0 ? noun : adjective >= 0 ? adjective : firstToken;
    }

    /// <summary>The token range of a speaker span, or (-1, -1).</summary>
    public static (int First, int Last) Tokens(ParsedDocument p, QuoteSpeaker? speaker)
    {
        if (speaker is null || speaker.End <= speaker.Start)
        {
            return (-1, -1);
        }

        int first = p.Tokens.FirstEndingAfter(speaker.Start);
        int last = p.Tokens.FirstEndingAfter(speaker.End - 1);
        return first < 0 || last < 0 || first >= p.Count ? (-1, -1) : (first, Math.Min(last, p.Count - 1));
    }

    /// <summary>Marks the tokens of <paramref name="span"/> in <paramref name="marks"/>.</summary>
    public static void Mark(ParsedDocument p, bool[] marks, TextSpan span)
    {
        for (int t = Math.Max(0, p.Tokens.FirstEndingAfter(span.Start)); t >= 0 && t < p.Count && p.Start(t) < span.End; t++)
        {
            marks[t] = true;
        }
    }

    /// <summary>The chosen speaker of cue token <paramref name="cue"/>, or null for none.</summary>
    public static QuoteSpeaker? Choose(ParsedDocument p, AttributionModel model, int cue, bool[] content, bool direct, QuoteSpeaker? rule,
        List<int> candidates)
    {
        candidates.Clear();
        SourceFeatures.Candidates(p, cue, content, candidates);
        var ruleTokens = Tokens(p, rule);
        Span<ulong> features = stackalloc ulong[SourceFeatures.MaxFeatures];
        float best = 0f;
        int chosen = -1;
        for (int i = 0; i < candidates.Count; i++)
        {
            int u = candidates[i];
            int n = SourceFeatures.Extract(p, cue, u, Between(candidates, i, cue), direct, content, ruleTokens, features);
            float score = model.ScoreSource(features[..n]);
            if (score > best)
            {
                best = score;
                chosen = u;
            }
        }

        if (chosen < 0)
        {
            return null;
        }

        // The rules' speaker when it holds the chosen token: its span and resolution are already right.
        if (rule is not null && chosen >= ruleTokens.First && chosen <= ruleTokens.Last)
        {
            return rule;
        }

        return Speaker(p, chosen);
    }

    /// <summary>How many candidates lie between candidate <paramref name="i"/> and the cue (candidates are in text order).</summary>
    public static int Between(List<int> candidates, int i, int cue)
    {
        int u = candidates[i];
        int count = 0;
        if (u < cue)
        {
            for (int k = i + 1; k < candidates.Count && candidates[k] < cue; k++)
            {
                count++;
            }
        }
        else
        {
            for (int k = i - 1; k >= 0 && candidates[k] > cue; k--)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The speaker whose mention is token <paramref name="u"/>; a relative pronoun keeps the phrase it stands for.</summary>
    public static QuoteSpeaker Speaker(ParsedDocument p, int u)
    {
        var speaker = SpeakerFinder.Describe(p, u).Speaker;
        int clause = p.Heads[u];
        if (p.Lemma[u] is "who" or "which" or "that" && clause >= 0 && p.Relations[clause].StartsWith("acl", StringComparison.Ordinal) && p.Heads[clause] >= 0)
        {
            var antecedent = SpeakerFinder.Describe(p, p.Heads[clause]).Speaker;
            speaker = speaker with
            {
                Canonical = antecedent.Canonical, EntityId = antecedent.EntityId, Descriptor = antecedent.Descriptor,
                Antecedent = new TextSpan(antecedent.Start, antecedent.End),
            };
        }

        return speaker;
    }
}
