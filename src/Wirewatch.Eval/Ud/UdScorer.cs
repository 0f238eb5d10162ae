using Wirewatch.Core.Errors;
using Wirewatch.Eval.Conllu;

namespace Wirewatch.Eval.Ud;

/// <summary>
/// Scores predicted words against a gold CoNLL-U file with the same words (gold tokenisation), following the
/// CoNLL 2018 shared-task definitions.
/// </summary>
public static class UdScorer
{
    /// <summary>Scores <paramref name="predicted"/> (one list per sentence) against <paramref name="gold"/>.</summary>
    /// <exception cref="InputRejectedException">The sentences or words of the two sides differ.</exception>
    public static UdScores Score(IReadOnlyList<ConlluSentence> gold, IReadOnlyList<IReadOnlyList<UdPrediction>> predicted, string goldName = "gold")
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new InputRejectedException(goldName, $"has {gold.Count} sentences but the input has {predicted.Count}; eval ud needs the gold words.");
        }

        int words = 0, upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0;
        for (int s = 0; s < gold.Count; s++)
        {
            var g = gold[s].Words;
            var p = predicted[s];
            if (g.Count != p.Count)
            {
                throw new InputRejectedException(goldName, $"sentence {s + 1} ({gold[s].SentenceId ?? "no id"}) has {g.Count} words but the input has {p.Count}.");
            }

            for (int i = 0; i < g.Count; i++)
            {
                var gw = g[i];
                var pw = p[i];
                words++;
                upos += gw.Upos == pw.Upos ? 1 : 0;
                xpos += gw.Xpos == pw.Xpos ? 1 : 0;
                lemma += gw.Lemma == "_" || gw.Lemma == pw.Lemma ? 1 : 0;
                if (gw.Head == pw.Head)
                {
                    uas++;
                    las += UniversalPart(gw.DepRel).SequenceEqual(UniversalPart(pw.DepRel)) ? 1 : 0;
                }
            }
        }

        return new UdScores(gold.Count, words, upos, xpos, lemma, uas, las);
    }

    /// <summary>The universal part of a relation: <c>nsubj</c> for <c>nsubj:pass</c>.</summary>
    public static ReadOnlySpan<char> UniversalPart(string relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        int colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }
}
