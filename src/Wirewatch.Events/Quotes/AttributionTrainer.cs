using System.Globalization;
using Wirewatch.Core.Documents;
using Wirewatch.Models.Learning;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Events.Quotes;

/// <summary>
/// Trains <see cref="AttributionModel"/>. <see cref="Add"/> takes one parsed document with its gold attributions and
/// keeps only the features of its candidates (documents are parsed once, not once per epoch); <see cref="Train"/> runs a
/// structured averaged perceptron over the possible cues: for each, the choice among its candidates and "no
/// attribution" whose score is fixed at 0. The gold choice is the candidate that matches the gold content of the
/// attribution whose cue holds the token under the evaluation's test (overlap at least half of the longer span) with
/// the largest overlap; a cue token none of whose candidates matches is left out. Deterministic for a given order of
/// <see cref="Add"/> calls and seed. Not thread-safe.
/// </summary>
public sealed class AttributionTrainer
{
    private const int Skip = -2;
    private const int None = -1;

    private readonly QuoteExtractor _rules;
    private readonly List<DocumentGroups> _documents = [];
    private readonly List<DocumentGroups> _sources = [];
    private readonly List<int> _sourceCandidates = [];
    private readonly List<AttributionCandidate> _candidates = [];

    /// <param name="rules">The extractor whose rules settle direct quotations and "according to" first, as in decoding.</param>
    public AttributionTrainer(QuoteExtractor rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
    }

    /// <summary>Cue tokens with a reachable choice (gold candidate or none) so far.</summary>
    public int Examples { get; private set; }

    /// <summary>Cue tokens inside a gold cue whose gold content no candidate matches.</summary>
    public int Unreachable { get; private set; }

    /// <summary>Called with a description of each unreachable gold cue token (for studying candidate generation); null: none.</summary>
    public Action<string>? OnUnreachable { get; set; }

    /// <summary>Gold attributions with a cue whose source (or its absence) is a choice among the candidates.</summary>
    public int SourceExamples { get; private set; }

    /// <summary>Gold attributions seen and those the rules settle before the model runs.</summary>
    public int GoldAttributions { get; private set; }

    /// <summary>Adds one document (tokens, sentences, tags, lemmas, dependencies, entities) and its gold attributions.</summary>
    public void Add(Document document, IReadOnlyList<AttributionExample> gold)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(gold);
        GoldAttributions += gold.Count;
        var p = new ParsedDocument(document);
        var state = _rules.Begin(p);

        // The gold attribution whose cue holds each token (PolNeAR gives a token at most one role).
        var cueOf = new int[p.Count];
        Array.Fill(cueOf, -1);
        for (int g = 0; g < gold.Count; g++)
        {
            foreach (var span in gold[g].Cue)
            {
                for (int t = Math.Max(0, p.Tokens.FirstEndingAfter(span.Start)); t >= 0 && t < p.Count && p.Start(t) < span.End; t++)
                {
                    cueOf[t] = g;
                }
            }
        }

        var features = new List<ulong>();
        var featureStart = new List<int>();
        var groupStart = new List<int>();
        var golds = new List<int>();
        Span<ulong> buffer = stackalloc ulong[AttributionFeatures.MaxFeatures];
        var tokens = AttributionTokens.Create(p, _rules.Cues);
        for (int t = 0; t < p.Count; t++)
        {
            if (state.Taken[t] || state.Quoted[t] || !AttributionCandidates.IsCueToken(p, t))
            {
                continue;
            }

            _candidates.Clear();
            AttributionCandidates.Generate(p, t, _candidates);
            AttributionCandidates.RemoveTaken(_candidates, state.Taken);
            if (_candidates.Count == 0)
            {
                continue;
            }

            int choice = None;
            if (cueOf[t] >= 0)
            {
                var content = gold[cueOf[t]].Content;
                int best = 0;
                choice = Skip;
                for (int i = 0; i < _candidates.Count; i++)
                {
                    int overlap = Matches(content, p.Start(_candidates[i].First), p.End(_candidates[i].Last));
                    if (overlap > best)
                    {
                        best = overlap;
                        choice = i;
                    }
                }
            }

            if (choice == Skip)
            {
                Unreachable++;
                if (OnUnreachable is not null)
                {
                    var text = p.Text;
                    var sb = new System.Text.StringBuilder();
                    sb.Append(p.Lemma[t]).Append('/').Append(p.Upos[t]).Append('/').Append(p.Relations[t]).Append("\tGOLD: ");
                    foreach (var part in gold[cueOf[t]].Content)
                    {
                        sb.Append(text.AsSpan(part.Start, part.End - part.Start)).Append(" | ");
                    }

                    foreach (var c in _candidates)
                    {
                        sb.Append("\t").Append(c.Kind).Append(": ").Append(text.AsSpan(p.Start(c.First), p.End(c.Last) - p.Start(c.First)));
                    }

                    OnUnreachable(sb.Replace('\n', ' ').ToString());
                }

                continue;
            }

            Examples++;
            groupStart.Add(featureStart.Count);
            golds.Add(choice);
            var kind = _rules.Cues.KindOf(p.Lemma[t]);
            var (ruleFirst, ruleLast, _) = _rules.RuleContent(p, t);
            foreach (var c in _candidates)
            {
                featureStart.Add(features.Count);
                int n = AttributionFeatures.Extract(p, c, kind, (ruleFirst, ruleLast), tokens, buffer);
                for (int i = 0; i < n; i++)
                {
                    features.Add(buffer[i]);
                }
            }
        }

        featureStart.Add(features.Count);
        groupStart.Add(featureStart.Count - 1);
        _documents.Add(new DocumentGroups([.. features], [.. featureStart], [.. groupStart], [.. golds]));
        AddSources(p, gold);
    }

    // For each gold attribution with a cue: the choice of its source among the candidates of its cue token, or none.
    private void AddSources(ParsedDocument p, IReadOnlyList<AttributionExample> gold)
    {
        var features = new List<ulong>();
        var featureStart = new List<int>();
        var groupStart = new List<int>();
        var golds = new List<int>();
        var inContent = new bool[p.Count];
        var inSource = new bool[p.Count];
        var cueTokens = new List<int>();
        foreach (var g in gold)
        {
            // Every verb, noun and adjective of the gold cue: decoding may take any of them as the cue token.
            cueTokens.Clear();
            foreach (var part in g.Content.Count > 0 ? g.Cue : [])
            {
                for (int t = Math.Max(0, p.Tokens.FirstEndingAfter(part.Start)); t >= 0 && t < p.Count && p.Start(t) < part.End; t++)
                {
                    if (p.Upos[t] is UniversalPos.VERB or UniversalPos.NOUN or UniversalPos.ADJ)
                    {
                        cueTokens.Add(t);
                    }
                }
            }

            if (cueTokens.Count == 0)
            {
                continue;
            }

            Array.Clear(inContent);
            Array.Clear(inSource);
            foreach (var part in g.Content)
            {
                SourceChooser.Mark(p, inContent, part);
            }

            foreach (var part in g.Source ?? [])
            {
                SourceChooser.Mark(p, inSource, part);
            }

            foreach (int cue in cueTokens)
            {
                AddSource(p, cue, g.Source is { Count: > 0 }, inContent, inSource, features, featureStart, groupStart, golds);
            }
        }

        featureStart.Add(features.Count);
        groupStart.Add(featureStart.Count - 1);
        _sources.Add(new DocumentGroups([.. features], [.. featureStart], [.. groupStart], [.. golds]));
    }

    private void AddSource(ParsedDocument p, int cue, bool hasSource, bool[] inContent, bool[] inSource, List<ulong> features, List<int> featureStart,
        List<int> groupStart, List<int> golds)
    {
        _sourceCandidates.Clear();
        SourceFeatures.Candidates(p, cue, inContent, _sourceCandidates);
        if (_sourceCandidates.Count == 0)
        {
            return;
        }

        int choice = None;
        if (hasSource)
        {
            // The candidate in the gold source whose head lies outside it (the phrase's head), else the first inside.
            choice = Skip;
            for (int i = 0; i < _sourceCandidates.Count; i++)
            {
                int u = _sourceCandidates[i];
                if (!inSource[u])
                {
                    continue;
                }

                if (p.Heads[u] < 0 || !inSource[p.Heads[u]])
                {
                    choice = i;
                    break;
                }

                if (choice == Skip)
                {
                    choice = i;
                }
            }
        }

        if (choice == Skip)
        {
            return;
        }

        // The rules' speaker as decoding sees it, from the gold content's token range.
        int first = -1, last = -1;
        for (int t = 0; t < p.Count; t++)
        {
            if (inContent[t])
            {
                first = first < 0 ? t : first;
                last = t;
            }
        }

        if (first < 0)
        {
            return;
        }

        bool direct = p.IsQuoteMark(first);
        var rule = direct ? QuoteExtractor.Speaker(p, cue, first, last) : QuoteExtractor.ReportedSpeaker(p, cue, first, last);
        var ruleTokens = SourceChooser.Tokens(p, rule);
        SourceExamples++;
        groupStart.Add(featureStart.Count);
        golds.Add(choice);
        Span<ulong> buffer = stackalloc ulong[SourceFeatures.MaxFeatures];
        for (int i = 0; i < _sourceCandidates.Count; i++)
        {
            featureStart.Add(features.Count);
            int n = SourceFeatures.Extract(p, cue, _sourceCandidates[i], SourceChooser.Between(_sourceCandidates, i, cue), direct, inContent, ruleTokens, buffer);
            for (int k = 0; k < n; k++)
            {
                features.Add(buffer[k]);
            }
        }
    }

    /// <summary>Runs the perceptron and returns the averaged model (threshold 0) with <paramref name="manifest"/>.</summary>
    public AttributionModel Train(int epochs, int seed, float pruneBelow, ModelManifest manifest, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        var content = TrainChoices(_documents, epochs, seed, pruneBelow, progress);
        var source = TrainChoices(_sources, epochs, seed, pruneBelow, progress is null ? null : line => progress("source " + line));
        return new AttributionModel(content, source, 0f, manifest);
    }

    // A structured averaged perceptron over groups of candidates, "none" scoring 0.
    private static LinearModel TrainChoices(List<DocumentGroups> documents, int epochs, int seed, float pruneBelow, Action<string>? progress)
    {
        var order = new List<long>();
        for (int d = 0; d < documents.Count; d++)
        {
            for (int g = 0; g < documents[d].Gold.Length; g++)
            {
                order.Add(((long)d << 32) | (uint)g);
            }
        }

        var items = order.ToArray();
        var random = new Random(seed);
        var perceptron = new AveragedPerceptron(1, 1 << 18);
        Span<float> score = stackalloc float[1];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            Shuffle.InPlace(items.AsSpan(), random);
            int errors = 0;
            foreach (long item in items)
            {
                var doc = documents[(int)(item >> 32)];
                int g = (int)(uint)item;
                int first = doc.GroupStart[g], end = doc.GroupStart[g + 1];
                int guess = None;
                float best = 0f;
                for (int c = first; c < end; c++)
                {
                    perceptron.Score(doc.Candidate(c), score);
                    if (score[0] > best)
                    {
                        best = score[0];
                        guess = c - first;
                    }
                }

                int truth = doc.Gold[g];
                if (guess != truth)
                {
                    errors++;
                    if (truth >= 0)
                    {
                        perceptron.Adjust(doc.Candidate(first + truth), 0, 1f);
                    }

                    if (guess >= 0)
                    {
                        perceptron.Adjust(doc.Candidate(first + guess), 0, -1f);
                    }
                }

                perceptron.EndExample();
            }

            progress?.Invoke(string.Create(CultureInfo.InvariantCulture,
                $"epoch {epoch}: {errors} errors in {items.Length} cue tokens ({100.0 * errors / Math.Max(1, items.Length):0.00} %), {perceptron.FeatureCount} features"));
        }

        return perceptron.Average(pruneBelow);
    }

    // The overlap of a candidate [start, end) with a gold content when it is at least half of the longer span, else 0.
    private static int Matches(IReadOnlyList<TextSpan> gold, int start, int end)
    {
        int overlap = 0, length = 0;
        foreach (var part in gold)
        {
            length += part.End - part.Start;
            overlap += Math.Max(0, Math.Min(part.End, end) - Math.Max(part.Start, start));
        }

        return overlap > 0 && 2 * overlap >= Math.Max(length, end - start) ? overlap : 0;
    }

    private sealed record DocumentGroups(ulong[] Features, int[] FeatureStart, int[] GroupStart, int[] Gold)
    {
        public ReadOnlySpan<ulong> Candidate(int c) => Features.AsSpan(FeatureStart[c], FeatureStart[c + 1] - FeatureStart[c]);
    }
}
