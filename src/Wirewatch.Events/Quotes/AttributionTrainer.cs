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
/// the largest overlap; a cue token none of whose candidates matches is left out. Before that, three binary perceptrons
/// learn from every candidate edge and cue token whether a gold content ends or starts there and whether it is a gold
/// cue (<see cref="AttributionBoundaries"/>); each document's candidates get their scores from the ones trained on the
/// other jackknife folds, and the model keeps the ones trained on all documents. Deterministic for a given order of
/// <see cref="Add"/> calls and seed. Not thread-safe.
/// </summary>
public sealed class AttributionTrainer
{
    private const int Skip = -2;
    private const int None = -1;

    // Folds of the training documents for the stacked boundary scores, and the boundary models' epochs.
    private const int JackknifeFolds = 5;
    private const int BoundaryEpochs = 5;

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
        var spans = new List<(int First, int Last)>();
        var kinds = new List<byte>();
        var cueTokens = new List<int>();
        var cuePosition = new bool[p.Count];
        var isCue = new bool[p.Count];
        Span<ulong> buffer = stackalloc ulong[AttributionFeatures.MaxFeatures];
        var tokens = AttributionTokens.Create(p, _rules.Cues);

        // The edges of every gold content (trimmed as candidates are) and of every candidate are boundary examples.
        var isEnd = new bool[p.Count];
        var isStart = new bool[p.Count];
        var endPosition = new bool[p.Count];
        var startPosition = new bool[p.Count];
        foreach (var g in gold)
        {
            if (g.Content.Count == 0)
            {
                continue;
            }

            int gFirst = p.Tokens.FirstEndingAfter(g.Content[0].Start);
            int gLast = p.Tokens.FirstEndingAfter(g.Content[^1].End - 1);
            if (gFirst < 0 || gLast < 0 || gFirst >= p.Count || gLast >= p.Count)
            {
                continue;
            }

            var (first, last) = p.TrimPunctuation(gFirst, Math.Min(p.Count - 1, gLast));
            if (first <= last)
            {
                isStart[first] = startPosition[first] = true;
                isEnd[last] = endPosition[last] = true;
            }
        }

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

            foreach (var c in _candidates)
            {
                endPosition[c.Last] = true;
                startPosition[c.First] = true;
            }

            cuePosition[t] = true;
            isCue[t] = cueOf[t] >= 0;

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

                // Room for the stacked boundary features, filled in by Train.
                for (int i = 0; i < AttributionFeatures.StackedCount; i++)
                {
                    features.Add(0);
                }

                spans.Add((c.First, c.Last));
                kinds.Add((byte)c.Kind);
                cueTokens.Add(t);
            }
        }

        featureStart.Add(features.Count);
        groupStart.Add(featureStart.Count - 1);
        var boundaries = new AttributionBoundaries(p, tokens);
        _documents.Add(new DocumentGroups([.. features], [.. featureStart], [.. groupStart], [.. golds])
        {
            Spans = [.. spans],
            Kinds = [.. kinds],
            CueTokens = [.. cueTokens],
            Cues = BoundaryExamples.Create(p.Count, cuePosition, isCue, boundaries.CueFeatures),
            Ends = BoundaryExamples.Create(p.Count, endPosition, isEnd, boundaries.EndFeatures),
            Starts = BoundaryExamples.Create(p.Count, startPosition, isStart, boundaries.StartFeatures),
        });
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
        // Stacking: each document's candidates get the boundary scores of models trained without its jackknife fold,
        // so that the chooser learns how far to trust them on unseen text; the shipped boundary models see every document.
        for (int k = 0; k < JackknifeFolds; k++)
        {
            var end = TrainBoundaries(d => d % JackknifeFolds != k, static x => x.Ends, BoundaryEpochs, seed, pruneBelow);
            var start = TrainBoundaries(d => d % JackknifeFolds != k, static x => x.Starts, BoundaryEpochs, seed, pruneBelow);
            var cue = TrainBoundaries(d => d % JackknifeFolds != k, static x => x.Cues, BoundaryEpochs, seed, pruneBelow);
            for (int d = k; d < _documents.Count; d += JackknifeFolds)
            {
                FillStacked(_documents[d], end, start, cue);
            }
        }

        var endAll = TrainBoundaries(_ => true, static x => x.Ends, BoundaryEpochs, seed, pruneBelow);
        var startAll = TrainBoundaries(_ => true, static x => x.Starts, BoundaryEpochs, seed, pruneBelow);
        var cueAll = TrainBoundaries(_ => true, static x => x.Cues, BoundaryEpochs, seed, pruneBelow);
        var content = TrainChoices(_documents, epochs, seed, pruneBelow, progress);
        var source = TrainChoices(_sources, epochs, seed, pruneBelow, progress is null ? null : line => progress("source " + line));
        return new AttributionModel(content, source, endAll, startAll, cueAll, 0f, manifest);
    }

    // A binary averaged perceptron over the boundary examples of the chosen documents (score above 0: a boundary). Features
    // updated only once are dropped: they are a third of the file and change nothing on cross-validation.
    private LinearModel TrainBoundaries(Func<int, bool> include, Func<DocumentGroups, BoundaryExamples> pick, int epochs, int seed, float pruneBelow)
    {
        var order = new List<long>();
        for (int d = 0; d < _documents.Count; d++)
        {
            if (include(d))
            {
                for (int i = 0; i < pick(_documents[d]).Labels.Length; i++)
                {
                    order.Add(((long)d << 32) | (uint)i);
                }
            }
        }

        var items = order.ToArray();
        var random = new Random(seed);
        var perceptron = new AveragedPerceptron(1, 1 << 16);
        Span<float> score = stackalloc float[1];
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            Shuffle.InPlace(items.AsSpan(), random);
            foreach (long item in items)
            {
                var x = pick(_documents[(int)(item >> 32)]);
                int i = (int)(uint)item;
                var f = x.Example(i);
                perceptron.Score(f, score);
                bool truth = x.Labels[i];
                if (score[0] > 0 != truth)
                {
                    perceptron.Adjust(f, 0, truth ? 1f : -1f);
                }

                perceptron.EndExample();
            }
        }

        return perceptron.Average(pruneBelow, minUpdates: 2);
    }

    // Writes the stacked features of every candidate of one document from the given boundary models.
    private static void FillStacked(DocumentGroups doc, LinearModel end, LinearModel start, LinearModel cue)
    {
        Span<float> score = stackalloc float[1];
        var endScore = new float[doc.Spans.Length];
        var startScore = new float[doc.Spans.Length];
        var cueScore = new float[doc.Spans.Length];
        for (int c = 0; c < doc.Spans.Length; c++)
        {
            cue.Score(doc.Cues.Example(doc.Cues.Index[doc.CueTokens[c]]), score);
            cueScore[c] = score[0];
            end.Score(doc.Ends.Example(doc.Ends.Index[doc.Spans[c].Last]), score);
            endScore[c] = score[0];
            start.Score(doc.Starts.Example(doc.Starts.Index[doc.Spans[c].First]), score);
            startScore[c] = score[0];
        }

        for (int g = 0; g < doc.Gold.Length; g++)
        {
            int first = doc.GroupStart[g], stop = doc.GroupStart[g + 1];
            float bestEnd = float.NegativeInfinity, bestStart = float.NegativeInfinity;
            for (int c = first; c < stop; c++)
            {
                bestEnd = Math.Max(bestEnd, endScore[c]);
                bestStart = Math.Max(bestStart, startScore[c]);
            }

            for (int c = first; c < stop; c++)
            {
                var candidate = new AttributionCandidate(-1, doc.Spans[c].First, doc.Spans[c].Last, -1, (AttributionCandidateKind)doc.Kinds[c]);
                int slots = doc.FeatureStart[c + 1] - AttributionFeatures.StackedCount;
                AttributionFeatures.Stacked(candidate, cueScore[c], endScore[c], startScore[c], bestEnd, bestStart, doc.Features.AsSpan(slots, AttributionFeatures.StackedCount));
            }
        }
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

        /// <summary>Per candidate (content groups only), its token range.</summary>
        public (int First, int Last)[] Spans { get; init; } = [];

        /// <summary>Per candidate, its cue token.</summary>
        public int[] CueTokens { get; init; } = [];

        public BoundaryExamples Cues { get; init; } = BoundaryExamples.Empty;

        /// <summary>Per candidate, its kind.</summary>
        public byte[] Kinds { get; init; } = [];

        public BoundaryExamples Ends { get; init; } = BoundaryExamples.Empty;

        public BoundaryExamples Starts { get; init; } = BoundaryExamples.Empty;
    }

    // The token examples of one document for one boundary model: features, labels and each token's example (or -1).
    private sealed record BoundaryExamples(ulong[] Features, int[] Offsets, bool[] Labels, int[] Index)
    {
        public static readonly BoundaryExamples Empty = new([], [0], [], []);

        public ReadOnlySpan<ulong> Example(int i) => Features.AsSpan(Offsets[i], Offsets[i + 1] - Offsets[i]);

        public delegate int Extractor(int token, Span<ulong> features);

        public static BoundaryExamples Create(int count, bool[] positions, bool[] labels, Extractor extract)
        {
            var features = new List<ulong>();
            var offsets = new List<int> { 0 };
            var truth = new List<bool>();
            var index = new int[count];
            Array.Fill(index, -1);
            Span<ulong> buffer = stackalloc ulong[AttributionBoundaries.MaxFeatures];
            for (int t = 0; t < count; t++)
            {
                if (!positions[t])
                {
                    continue;
                }

                index[t] = truth.Count;
                int n = extract(t, buffer);
                for (int i = 0; i < n; i++)
                {
                    features.Add(buffer[i]);
                }

                offsets.Add(features.Count);
                truth.Add(labels[t]);
            }

            return new BoundaryExamples([.. features], [.. offsets], [.. truth], index);
        }
    }
}
