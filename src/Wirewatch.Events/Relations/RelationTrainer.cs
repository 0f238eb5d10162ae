using System.Globalization;
using Wirewatch.Core.Documents;
using Wirewatch.Events.Quotes;
using Wirewatch.Models.Learning;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Events.Relations;

/// <summary>
/// Trains <see cref="RelationModel"/>. <see cref="Add"/> takes one parsed document with its gold relations, runs the
/// rules (their matches are features), cuts the candidate pairs and keeps only their features and gold classes
/// (documents are parsed once, not once per epoch); <see cref="Train"/> runs a multi-class averaged perceptron over
/// the pairs. A pair's gold class comes from the gold relation whose source overlaps one mention and whose target
/// overlaps the other (the more specific type first, <see cref="RelationClasses.Rank"/>), else none. Deterministic for
/// a given order of <see cref="Add"/> calls and seed. Not thread-safe.
/// </summary>
public sealed class RelationTrainer
{
    private readonly RelationExtractor _rules;
    private readonly List<ulong> _features = [];
    private readonly List<int> _starts = [0];
    private readonly List<int> _gold = [];

    /// <param name="rules">The rules-only extractor whose matches become features, as in decoding.</param>
    public RelationTrainer(RelationExtractor rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules.Model is null ? rules : new RelationExtractor(rules.Patterns);
    }

    /// <summary>Candidate pairs so far.</summary>
    public int Pairs => _gold.Count;

    /// <summary>Candidate pairs with a gold class other than none.</summary>
    public int Positives { get; private set; }

    /// <summary>Gold relations of a learned type seen so far.</summary>
    public int GoldRelations { get; private set; }

    /// <summary>Gold relations of a learned type that some candidate pair matches.</summary>
    public int Reachable { get; private set; }

    /// <summary>Called with a description of each gold relation no candidate pair matches (for studying candidate generation); null: none.</summary>
    public Action<string>? OnUnreachable { get; set; }

    /// <summary>Adds one document (tokens, sentences, tags, lemmas, dependencies, entities) and its gold relations.</summary>
    public void Add(Document document, IReadOnlyList<RelationExample> gold)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(gold);
        var p = new ParsedDocument(document);
        var relations = _rules.Extract(p, []);
        var mentions = RelationCandidates.Mentions(p);
        var pairs = new List<RelationCandidate>();
        RelationCandidates.Generate(p, mentions, pairs);
        var reached = new bool[gold.Count];
        var index = RelationExtractor.RulesBySentence(p, relations, relations.Count);
        Span<ulong> f = stackalloc ulong[RelationFeatures.MaxFeatures];
        foreach (var c in pairs)
        {
            var a = mentions[c.A];
            var b = mentions[c.B];
            int truth = Label(p, a, b, gold, reached);
            int rule = RelationExtractor.RuleOf(p, a, b, relations, index.Of(p.SentenceOf[a.First]), out bool reversed);
            int n = RelationFeatures.Extract(p, a, b, rule < 0 ? -1 : RelationClasses.PredicateIndex(relations[rule].Predicate), reversed, c.B - c.A - 1, f);
            for (int i = 0; i < n; i++)
            {
                _features.Add(f[i]);
            }

            _starts.Add(_features.Count);
            _gold.Add(truth);
            Positives += truth != RelationClasses.None ? 1 : 0;
        }

        for (int g = 0; g < gold.Count; g++)
        {
            if (RelationClasses.Of(gold[g].Type, true) >= 0)
            {
                GoldRelations++;
                Reachable += reached[g] ? 1 : 0;
                if (!reached[g] && OnUnreachable is not null)
                {
                    OnUnreachable(Describe(p, mentions, gold[g]));
                }
            }
        }
    }

    /// <summary>The gold class of the pair (a, b); marks the gold relations it matches in <paramref name="reached"/>.</summary>
    internal static int Label(ParsedDocument p, in RelationMention a, in RelationMention b, IReadOnlyList<RelationExample> gold, bool[] reached)
    {
        int aStart = p.Start(a.First), aEnd = p.End(a.Last), bStart = p.Start(b.First), bEnd = p.End(b.Last);
        int best = RelationClasses.None, bestRank = int.MaxValue;
        for (int g = 0; g < gold.Count; g++)
        {
            var r = gold[g];
            bool forward = Overlap(r.Source, aStart, aEnd) && Overlap(r.Target, bStart, bEnd);
            bool backward = !forward && Overlap(r.Source, bStart, bEnd) && Overlap(r.Target, aStart, aEnd);
            int c = forward || backward ? RelationClasses.Of(r.Type, forward) : -1;
            if (c < 0)
            {
                continue;
            }

            reached[g] = true;
            int rank = RelationClasses.Rank(r.Type);
            if (rank < bestRank)
            {
                best = c;
                bestRank = rank;
            }
        }

        return best;
    }

    /// <summary>
    /// Runs the perceptron and returns the averaged model (threshold 0, rules not vetoed) with <paramref name="manifest"/>;
    /// weights below <paramref name="pruneBelow"/> of the largest and features updated fewer than <paramref name="minUpdates"/>
    /// times are dropped.
    /// </summary>
    public RelationModel Train(int epochs, int seed, float pruneBelow, int minUpdates, ModelManifest manifest, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        var features = _features.ToArray();
        var starts = _starts.ToArray();
        var order = Shuffle.Identity(_gold.Count);
        var random = new Random(seed);
        var perceptron = new AveragedPerceptron(RelationClasses.Count, 1 << 16);
        Span<float> scores = stackalloc float[RelationClasses.Count];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            Shuffle.InPlace(order.AsSpan(), random);
            int errors = 0;
            foreach (int i in order)
            {
                var x = features.AsSpan(starts[i], starts[i + 1] - starts[i]);
                perceptron.Score(x, scores);
                int guess = LinearModel.ArgMax(scores);
                if (guess != _gold[i])
                {
                    errors++;
                    perceptron.Update(x, _gold[i], guess);
                }

                perceptron.EndExample();
            }

            progress?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"epoch {epoch}: {errors} errors in {order.Length} pairs ({100.0 * errors / Math.Max(1, order.Length):0.00} %), {perceptron.FeatureCount} features"));
        }

        return new RelationModel(perceptron.Average(pruneBelow, minUpdates), 0f, false, manifest);
    }

    // Why no pair matches: the mentions overlapping each side (or none), their sentences and the tokens between.
    private static string Describe(ParsedDocument p, List<RelationMention> mentions, RelationExample g)
    {
        var sb = new System.Text.StringBuilder();
        sb.Append(g.Type).Append('\t').Append(p.Text.AsSpan(g.Source.Start, g.Source.End - g.Source.Start)).Append(" -> ")
            .Append(p.Text.AsSpan(g.Target.Start, g.Target.End - g.Target.Start)).Append('\t');
        int sa = -1, sb2 = -1;
        foreach (var m in mentions)
        {
            int start = p.Start(m.First), end = p.End(m.Last);
            if (Overlap(g.Source, start, end) && sa < 0)
            {
                sa = m.First;
                sb.Append("S=").Append(m.Label).Append(':').Append(p.Text.AsSpan(start, end - start)).Append(' ');
            }

            if (Overlap(g.Target, start, end) && sb2 < 0)
            {
                sb2 = m.First;
                sb.Append("T=").Append(m.Label).Append(':').Append(p.Text.AsSpan(start, end - start)).Append(' ');
            }
        }

        int ts = p.Tokens.FirstEndingAfter(g.Source.Start), tt = p.Tokens.FirstEndingAfter(g.Target.Start);
        sb.Append(sa < 0 ? "noS " : "").Append(sb2 < 0 ? "noT " : "");
        if (ts >= 0 && tt >= 0)
        {
            sb.Append(p.SentenceOf[ts] == p.SentenceOf[tt] ? "same" : "cross").Append(" gap=").Append(Math.Abs(tt - ts));
        }

        return sb.Replace('\n', ' ').ToString();
    }

    private static bool Overlap(TextSpan x, int start, int end) => x.Start < end && start < x.End;
}
