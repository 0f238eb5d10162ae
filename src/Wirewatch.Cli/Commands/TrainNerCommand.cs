using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Wirewatch.Core.IO;
using Wirewatch.Entities;
using Wirewatch.Eval.Geo;
using Wirewatch.Eval.Ner;
using Wirewatch.Models.Entities;
using Wirewatch.Models.ModelFiles;
using Wirewatch.Text;

namespace Wirewatch.Cli.Commands;

/// <summary>
/// <c>wirewatch train ner</c>: trains the named-entity recognizer on the openly licensed corpora (UNER English EWT,
/// wikigold, re3d), reports held-out figures per source, and writes <c>data/models/ner.wwm</c>.
/// </summary>
internal sealed class TrainNerCommand : ICommand
{
    private const string Licence = "Weights derived from UNER English EWT (CC BY-SA 4.0), wikigold (CC BY 4.0) and re3d's public-domain, OGL v3, CC BY 3.0 AU and CC BY-SA 3.0 parts; see NOTICE.";

    private static readonly string[] PerOrgLoc = ["PER", "ORG", "LOC"];

    public string Name => "train ner";

    public string Summary => "Train the named-entity recognizer on UNER EWT, wikigold and re3d and write data/models/ner.wwm.";

    public string Help => """
        Usage: wirewatch train ner [--data PATH] [--out DIR] [--epochs N] [--seed N] [--upper F] [--final] [--folds DIR]
                                   [--silver F] [--silver-agree] [--silver-strict] [--silver-upper F] [--silver-epochs K] [--silver-rounds N]

        Trains the greedy BILOU averaged-perceptron recognizer (PER, ORG, LOC, MISC) with lexicon
        flags from data/actors and data/gazetteer. Splits (fixed): UNER English EWT dev is training
        and its test split held out; wikigold and re3d documents are numbered in file order and
        every fifth (index mod 5 = 4) is held out. UNER and re3d do not mark MISC names, so a MISC
        guess where they say O is not counted as an error. A fraction F of the training sentences
        is written in capitals (headline robustness). Reports exact-span F1 on each held-out fold,
        also with the held-out text in capitals, and LOC against TR-News's gold toponyms (news; never
        trained on), then writes DIR/ner.wwm and its manifest.

        Options:
          --data PATH   the shared data folder (default: ../shared/data)
          --out DIR     where to write the model (default: data/models of this repository)
          --epochs N    training epochs (default 12)
          --seed N      shuffling and augmentation seed (default 1)
          --upper F     fraction of training sentences put in capitals (default 0.1)
          --final       after measuring on the held-out folds, train again on all folds and save that model
          --folds DIR   also write the held-out folds as CoNLL files (for 'eval ner')
          --silver F    self-training: label the PolNeAR train articles (news) with the model trained
                        on the gold training folds, keep the fraction F of their sentences it is most
                        sure of, and train again on gold + silver (default 0: off)
          --silver-epochs K  silver sentences take part in the first K epochs only (default: all)
          --silver-agree     keep only silver sentences with names, each of them backed by the
                             dictionaries or the gazetteer (a word of it flagged for its type)
          --silver-strict    with --silver-agree, also drop sentences where a word the gazetteer
                             calls a country or big city, or a word of a multi-word dictionary
                             actor, lies outside every name
          --silver-upper F   fraction of silver sentences put in capitals (default: as --upper)
          --silver-rounds N  label the news again with the model of the previous round (default 1)
          --help        show this text

        """;

    public IReadOnlyCollection<string> ValueOptions { get; } = ["--data", "--out", "--epochs", "--seed", "--upper", "--folds", "--silver", "--silver-epochs", "--silver-upper", "--silver-rounds"];

    public IReadOnlyCollection<string> FlagOptions { get; } = ["--final", "--silver-agree", "--silver-strict"];

    public int Run(CommandArgs args, CliContext context)
    {
        var shared = Path.GetFullPath(args.Value("--data") ?? DataDirectory.ResolveShared());
        int epochs = args.Int("--epochs", 12);
        int seed = args.Int("--seed", 1);
        double upper = double.TryParse(args.Value("--upper") ?? "0.1", NumberStyles.Float, CultureInfo.InvariantCulture, out var u) ? u : throw new UsageException("--upper expects a fraction.");
        double silver = double.TryParse(args.Value("--silver") ?? "0", NumberStyles.Float, CultureInfo.InvariantCulture, out var sv) && sv is >= 0 and <= 1 ? sv : throw new UsageException("--silver expects a fraction between 0 and 1.");
        int? silverEpochs = args.Value("--silver-epochs") is null ? null : args.Int("--silver-epochs", epochs);
        bool silverAgree = args.Flag("--silver-agree");
        bool silverStrict = args.Flag("--silver-strict");
        int silverRounds = Math.Max(1, args.Int("--silver-rounds", 1));
        double silverUpper = double.TryParse(args.Value("--silver-upper") ?? upper.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture, out var su) ? su : throw new UsageException("--silver-upper expects a fraction.");
        var clock = Stopwatch.StartNew();

        var unerTrain = Path.Combine(shared, "uner-ewt", "en_ewt-ud-dev.iob2");
        var unerTest = Path.Combine(shared, "uner-ewt", "en_ewt-ud-test.iob2");
        var wikigoldPath = Path.Combine(shared, "wikigold", "wikigold.conll.txt");
        var re3dPath = Path.Combine(shared, "re3d");
        foreach (var required in new[] { unerTrain, unerTest, wikigoldPath })
        {
            if (!File.Exists(required))
            {
                throw new UsageException($"Training file '{required}' is missing; pass --data PATH.");
            }
        }

        // (source, document, held out?, lacks MISC?)
        var corpus = new List<(string Source, NerDocument Doc, bool HeldOut, bool LacksMisc)>();
        foreach (var doc in NerCorpusReader.ReadFile(unerTrain).Documents)
        {
            corpus.Add(("uner-ewt", doc, false, true));
        }

        foreach (var doc in NerCorpusReader.ReadFile(unerTest).Documents)
        {
            corpus.Add(("uner-ewt", doc, true, true));
        }

        var wikigold = NerCorpusReader.ReadFile(wikigoldPath).Documents;
        for (int i = 0; i < wikigold.Count; i++)
        {
            corpus.Add(("wikigold", wikigold[i], i % 5 == 4, false));
        }

        var re3d = Re3dReader.ReadAll(re3dPath);
        for (int i = 0; i < re3d.Count; i++)
        {
            corpus.Add(("re3d", re3d[i].Document, i % 5 == 4, true));
        }

        // Unlabelled news for self-training, and TR-News's toponyms as a newswire check of LOC (never trained on).
        var polnearDir = Path.Combine(shared, "polnear", "train", "text");
        if (silver > 0 && !Directory.Exists(polnearDir))
        {
            throw new UsageException($"--silver reads the news texts in '{polnearDir}', which is missing; pass --data PATH.");
        }

        var newsFiles = silver > 0 ? Directory.GetFiles(polnearDir, "*.txt") : [];
        Array.Sort(newsFiles, StringComparer.Ordinal);
        var trNewsPath = Path.Combine(shared, "geoparsing", "TR-News.xml");
        var trNews = File.Exists(trNewsPath) ? GeoCorpusReader.Read(trNewsPath).Articles : null;

        var lexicon = EntityResources.LoadLexicon(DataDirectory.Resolve());
        var random = new Random(seed);
        var train = new List<EntityTrainingDocument>();
        var heldOut = new List<EntityTrainingDocument>();
        var heldOutCaps = new List<EntityTrainingDocument>();
        var everything = new List<EntityTrainingDocument>();
        foreach (var (source, doc, held, lacksMisc) in corpus)
        {
            var augmented = Convert(source, doc, lacksMisc, lexicon, sentence => random.NextDouble() < upper);
            everything.Add(augmented);
            if (held)
            {
                heldOut.Add(Convert(source, doc, lacksMisc, lexicon, _ => false));
                heldOutCaps.Add(Convert(source, doc, lacksMisc, lexicon, _ => true));
            }
            else
            {
                train.Add(augmented);
            }
        }

        if (args.Value("--folds") is { } foldsDir)
        {
            WriteFolds(foldsDir, corpus);
        }

        context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"train ner: {train.Count} training documents ({train.Sum(d => d.TokenCount)} tokens), {heldOut.Count} held out ({heldOut.Sum(d => d.TokenCount)} tokens); flags computed in {clock.Elapsed.TotalSeconds:F0}s"));
        var manifest = new ModelManifest
        {
            Name = "ner",
            Version = PerceptronEntityRecognizer.Version,
            Description = "Named-entity recognizer (PER, ORG, LOC, MISC): greedy BILOU averaged perceptron over hashed features with actor-dictionary and gazetteer flags.",
            TrainingData =
            [
                UdTrainingData.Reference("train", unerTrain),
                UdTrainingData.Reference("heldout", unerTest),
                UdTrainingData.Reference("train+heldout (every fifth document held out)", wikigoldPath),
                .. Directory.GetFiles(re3dPath, "entities.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(p => UdTrainingData.Reference("train+heldout (every fifth document held out)", p)),
                .. silver > 0 ? [NewsReference(newsFiles)] : Array.Empty<DataFileReference>(),
                .. trNews is null ? [] : new[] { UdTrainingData.Reference("check (newswire LOC: gold toponyms; never trained on)", trNewsPath) },
            ],
            Licence = silver > 0 ? Licence + " Silver labels over PolNeAR train texts (news articles, research use; no text is kept)." : Licence,
            Command = string.Create(CultureInfo.InvariantCulture, $"./wirewatch train ner --epochs {epochs} --seed {seed} --upper {upper}{(silver > 0 ? $" --silver {silver}" : string.Empty)}{(silverEpochs is { } se ? $" --silver-epochs {se}" : string.Empty)}{(silverAgree ? " --silver-agree" : string.Empty)}{(silverStrict ? " --silver-strict" : string.Empty)}{(args.Value("--silver-upper") is { } sus ? $" --silver-upper {sus}" : string.Empty)}{(silverRounds > 1 ? $" --silver-rounds {silverRounds}" : string.Empty)}{(args.Flag("--final") ? " --final" : string.Empty)}"),
        };
        var clusters = EntityResources.LoadClusters(DataDirectory.Resolve());
        var options = new EntityTrainingOptions { Epochs = epochs, Seed = seed, FlagNames = EntityLexicon.FlagNames, Clusters = clusters, SilverEpochs = silverEpochs };
        var trainClock = Stopwatch.StartNew();
        var recognizer = EntityRecognizerTrainer.Train(train, heldOut, options, manifest, line => context.Error.WriteLine("  " + line));
        var figures = new SortedDictionary<string, double>(StringComparer.Ordinal);
        if (silver > 0)
        {
            // The teacher saw the training folds only, so no held-out sentence leaks into the silver labels.
            var goldAll = EntityRecognizerTrainer.Evaluate(recognizer, heldOut);
            figures["heldOut.all.goldOnly.perOrgLocF1"] = Math.Round(goldAll.F1Over(PerOrgLoc), 2);
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"gold only (teacher): held out PER+ORG+LOC F1 {goldAll.F1Over(PerOrgLoc):F2}"));
            for (int round = 1; round <= silverRounds; round++)
            {
                var silverDocs = Silver(recognizer, newsFiles, lexicon, silver, silverAgree, silverStrict, silverUpper, seed);
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"train ner: silver round {round}: {silverDocs.Sum(d => d.SentenceCount)} sentences ({silverDocs.Sum(d => d.TokenCount)} tokens, {silverDocs.Sum(d => d.GoldSpans().Count)} names) from {newsFiles.Length} news articles"));
                recognizer = EntityRecognizerTrainer.Train([.. train, .. silverDocs], heldOut, options, manifest, line => context.Error.WriteLine("  " + line));
            }
        }

        double trainSeconds = trainClock.Elapsed.TotalSeconds;

        foreach (var source in new[] { "uner-ewt", "wikigold", "re3d" })
        {
            var fold = heldOut.Where(d => d.Source == source).ToList();
            var caps = heldOutCaps.Where(d => d.Source == source).ToList();
            var score = EntityRecognizerTrainer.Evaluate(recognizer, fold);
            var capsScore = EntityRecognizerTrainer.Evaluate(recognizer, caps);
            figures[$"heldOut.{source}.perOrgLocF1"] = Math.Round(score.F1Over(PerOrgLoc), 2);
            figures[$"heldOut.{source}.allF1"] = Math.Round(score.F1, 2);
            figures[$"heldOut.{source}.capitals.perOrgLocF1"] = Math.Round(capsScore.F1Over(PerOrgLoc), 2);
            var line = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"held out {source,-9}: PER+ORG+LOC F1 {score.F1Over(PerOrgLoc):F2} (P {score.PrecisionOver(PerOrgLoc):F2} R {score.RecallOver(PerOrgLoc):F2}), all types {score.F1:F2}, in capitals {capsScore.F1Over(PerOrgLoc):F2};"));
            foreach (var (type, c) in score.ByType)
            {
                line.Append(CultureInfo.InvariantCulture, $" {type} {F1(c):F1} ({c.Gold})");
            }

            context.Out.WriteLine(line.ToString());
        }

        var all = EntityRecognizerTrainer.Evaluate(recognizer, heldOut);
        figures["heldOut.all.perOrgLocF1"] = Math.Round(all.F1Over(PerOrgLoc), 2);
        figures["heldOut.all.allF1"] = Math.Round(all.F1, 2);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held out all      : PER+ORG+LOC F1 {all.F1Over(PerOrgLoc):F2}, all types {all.F1:F2}; trained in {trainSeconds:F0}s"));

        if (trNews is not null)
        {
            foreach (bool caps in new[] { false, true })
            {
                var (p, r, f, any) = NewsLocations(recognizer, trNews, lexicon, caps);
                string key = caps ? "check.trNews.capitals" : "check.trNews";
                figures[key + ".locF1"] = Math.Round(f, 2);
                figures[key + ".locRecall"] = Math.Round(r, 2);
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"TR-News toponyms{(caps ? " (capitals)" : string.Empty)}: LOC P {p:F2} R {r:F2} F1 {f:F2}; found as any name {any:F2}%"));
            }
        }

        if (args.Flag("--final"))
        {
            context.Error.WriteLine($"train ner: --final: training again on all {everything.Count} documents");
            trainClock.Restart();
            recognizer = EntityRecognizerTrainer.Train(everything, null, options, manifest, line => context.Error.WriteLine("  " + line));
            for (int round = 1; silver > 0 && round <= silverRounds; round++)
            {
                var silverDocs = Silver(recognizer, newsFiles, lexicon, silver, silverAgree, silverStrict, silverUpper, seed);
                context.Error.WriteLine($"train ner: --final: silver round {round} from the all-folds model, training again on gold + silver");
                recognizer = EntityRecognizerTrainer.Train([.. everything, .. silverDocs], null, options, manifest, line => context.Error.WriteLine("  " + line));
            }

            trainSeconds = trainClock.Elapsed.TotalSeconds;
        }

        var final = recognizer.Manifest with
        {
            Figures = figures,
            Hyperparameters = new SortedDictionary<string, string>(recognizer.Manifest.Hyperparameters, StringComparer.Ordinal)
            {
                ["upperFraction"] = upper.ToString(CultureInfo.InvariantCulture),
                ["split"] = "UNER EWT dev train / test held out; wikigold and re3d every fifth document held out",
                ["silverFraction"] = silver.ToString(CultureInfo.InvariantCulture),
                ["silverEpochs"] = silverEpochs?.ToString(CultureInfo.InvariantCulture) ?? "all",
                ["silverSelection"] = silver > 0 ? (silverAgree ? "sentences whose every name is backed by a dictionary or gazetteer flag of its type, " : string.Empty) + (silverStrict ? "no country, big city or multi-word actor outside a name, " : string.Empty) + "most confident fraction by least token margin, 4-80 tokens" : "none",
                ["silverUpperFraction"] = silverUpper.ToString(CultureInfo.InvariantCulture),
                ["silverRounds"] = silverRounds.ToString(CultureInfo.InvariantCulture),
                ["figuresFrom"] = args.Flag("--final") ? "the model trained on the training folds only; the saved model was then trained on all folds" : "this model",
            },
        };
        recognizer = recognizer.WithManifest(final);
        var path = Path.Combine(UdTrainingData.ModelFolder(args), EntityResources.ModelFile);
        var bytes = recognizer.Save(path);
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"wrote {path} ({bytes.Length / 1048576.0:F1} MB) in {clock.Elapsed.TotalSeconds:F0}s (last training {trainSeconds:F0}s)"));
        return CommandLineApp.ExitOk;
    }

    private static double F1((int Gold, int Predicted, int Correct) c)
    {
        double p = c.Predicted == 0 ? 0 : 100.0 * c.Correct / c.Predicted;
        double r = c.Gold == 0 ? 0 : 100.0 * c.Correct / c.Gold;
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    // A corpus document as training data, sentences chosen by `capitals` written in capitals, flags computed.
    private static EntityTrainingDocument Convert(string source, NerDocument doc, bool lacksMisc, EntityLexicon lexicon, Func<int, bool> capitals)
    {
        var sentences = new List<string[]>(doc.Sentences.Count);
        var names = new List<List<EntitySpan>>(doc.Sentences.Count);
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            var tokens = doc.Sentences[s].Tokens;
            bool caps = capitals(s);
            var words = new string[tokens.Count];
            var tags = new string[tokens.Count];
            for (int i = 0; i < tokens.Count; i++)
            {
                var word = tokens[i].Text.Length == 0 ? "_" : tokens[i].Text;
                words[i] = caps ? word.ToUpperInvariant() : word;
                tags[i] = tokens[i].Gold;
            }

            var spans = new List<EntitySpan>();
            IobTags.ToSpans(tags, type => BilouLabels.TypeId(type), spans);
            sentences.Add(words);
            names.Add(spans);
        }

        var result = EntityTrainingDocument.Create(source, sentences, names, lacksMisc);
        lexicon.Compute(result.Text, result.Starts, result.Ends, result.Boundaries, result.Flags, []);
        return result;
    }

    private static DataFileReference NewsReference(string[] files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return new DataFileReference("silver (self-training text; labels predicted)", $"polnear/train/text/*.txt ({files.Length} files; hash of names and contents)", System.Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    // Tokens and sentences of raw text, as the pipeline makes them.
    private static (int[] Starts, int[] Ends, int[] Boundaries) Segment(string text)
    {
        var tokens = new NewsTokenizer().Tokenize(text);
        var sentences = new SentenceSplitter().Split(text, tokens);
        var boundaries = new int[sentences.Count + 1];
        for (int s = 0; s < sentences.Count; s++)
        {
            boundaries[s] = sentences.FirstToken(s);
        }

        boundaries[^1] = tokens.Count;
        return (tokens.Starts.ToArray(), tokens.Ends.ToArray(), boundaries);
    }

    // Self-training data: every article labelled by the teacher; a sentence's confidence is its least sure token's
    // margin; the most confident fraction of all sentences (of 4 to 80 tokens) is kept, each article's in order.
    private static List<EntityTrainingDocument> Silver(PerceptronEntityRecognizer teacher, string[] files, EntityLexicon lexicon, double keep, bool agree, bool strict, double upper, int seed)
    {
        var spans = new List<EntitySpan>();
        var articles = new List<(string Text, int[] Starts, int[] Ends, int[] Boundaries, int[] Labels)>();
        var candidates = new List<(float Margin, int Article, int Sentence)>();
        var matches = new List<Wirewatch.Actors.ActorMatch>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            var (starts, ends, boundaries) = Segment(text);
            var flags = new uint[starts.Length];
            lexicon.Compute(text, starts, ends, boundaries, flags, matches);
            var labels = new int[starts.Length];
            var margins = new float[starts.Length];
            teacher.Label(text, starts, ends, flags, boundaries, labels, margins);
            int a = articles.Count;
            articles.Add((text, starts, ends, boundaries, labels));
            for (int s = 0; s + 1 < boundaries.Length; s++)
            {
                int len = boundaries[s + 1] - boundaries[s];
                if (len is < 4 or > 80)
                {
                    continue;
                }

                if (agree && !Backed(labels.AsSpan(boundaries[s], len), flags.AsSpan(boundaries[s], len), spans, strict))
                {
                    continue;
                }

                float least = float.MaxValue;
                for (int i = boundaries[s]; i < boundaries[s + 1]; i++)
                {
                    least = Math.Min(least, margins[i]);
                }

                candidates.Add((least, a, s));
            }
        }

        candidates.Sort((x, y) => x.Margin != y.Margin ? y.Margin.CompareTo(x.Margin) : x.Article != y.Article ? x.Article.CompareTo(y.Article) : x.Sentence.CompareTo(y.Sentence));
        int count = (int)Math.Round(candidates.Count * keep);
        var chosen = candidates.GetRange(0, count);
        chosen.Sort((x, y) => x.Article != y.Article ? x.Article.CompareTo(y.Article) : x.Sentence.CompareTo(y.Sentence));
        var result = new List<EntityTrainingDocument>();
        var random = new Random(seed);
        int next = 0;
        while (next < chosen.Count)
        {
            int article = chosen[next].Article;
            var (text, starts, ends, boundaries, labels) = articles[article];
            var sentences = new List<string[]>();
            var names = new List<List<EntitySpan>>();
            for (; next < chosen.Count && chosen[next].Article == article; next++)
            {
                int s = chosen[next].Sentence, first = boundaries[s], end = boundaries[s + 1];
                var words = new string[end - first];
                bool caps = random.NextDouble() < upper;
                for (int i = first; i < end; i++)
                {
                    words[i - first] = caps ? text[starts[i]..ends[i]].ToUpperInvariant() : text[starts[i]..ends[i]];
                }

                var sentenceNames = new List<EntitySpan>();
                BilouLabels.Decode(labels.AsSpan(first, end - first), 0, sentenceNames);
                sentences.Add(words);
                names.Add(sentenceNames);
            }

            var doc = EntityTrainingDocument.Create("silver-polnear", sentences, names, lacksMisc: false);
            lexicon.Compute(doc.Text, doc.Starts, doc.Ends, doc.Boundaries, doc.Flags, matches);
            result.Add(doc);
        }

        return result;
    }

    // A sentence with names, each of which has a word flagged by the dictionaries or the gazetteer for its type.
    // Strict: also no strong lexicon evidence for a name (after the first word) left outside every name.
    private static bool Backed(ReadOnlySpan<int> labels, ReadOnlySpan<uint> flags, List<EntitySpan> spans, bool strict)
    {
        const uint strong = (1u << (int)LexiconFlag.GazCountry) | (1u << (int)LexiconFlag.GazBigCity) | (1u << (int)LexiconFlag.ActorMultiword);
        const uint person = (1u << (int)LexiconFlag.GivenName) | (1u << (int)LexiconFlag.Surname) | (1u << (int)LexiconFlag.ActorPerson);
        const uint place = (1u << (int)LexiconFlag.GazCountry) | (1u << (int)LexiconFlag.GazAdmin) | (1u << (int)LexiconFlag.GazBigCity)
            | (1u << (int)LexiconFlag.GazCity) | (1u << (int)LexiconFlag.GazRegion) | (1u << (int)LexiconFlag.ActorCountry);
        const uint organisation = (1u << (int)LexiconFlag.ActorOrganisation) | (1u << (int)LexiconFlag.OrganisationWord);
        const uint other = 1u << (int)LexiconFlag.GazDemonym;
        spans.Clear();
        BilouLabels.Decode(labels, 0, spans);
        if (spans.Count == 0)
        {
            return false;
        }

        foreach (var span in spans)
        {
            uint need = span.Type switch { 0 => person, 1 => organisation, 2 => place, _ => other };
            uint have = 0;
            for (int i = span.First; i < span.End; i++)
            {
                have |= flags[i];
            }

            if ((have & need) == 0)
            {
                return false;
            }
        }

        for (int i = 1; strict && i < labels.Length; i++)
        {
            if (labels[i] == BilouLabels.Outside && (flags[i] & strong) != 0)
            {
                return false;
            }
        }

        return true;
    }

    // TR-News: exact-span LOC precision, recall and F1 against the gold toponyms, and the share of toponyms found
    // as a name of any type (its toponym list is the only gold, so other names are not judged).
    private static (double P, double R, double F, double Any) NewsLocations(PerceptronEntityRecognizer model, IReadOnlyList<GeoArticle> articles, EntityLexicon lexicon, bool caps)
    {
        int loc = BilouLabels.TypeId("LOC");
        int gold = 0, predicted = 0, correct = 0, any = 0;
        var spans = new List<EntitySpan>();
        var matches = new List<Wirewatch.Actors.ActorMatch>();
        foreach (var article in articles)
        {
            var text = caps ? article.Text.ToUpperInvariant() : article.Text;
            var (starts, ends, boundaries) = Segment(text);
            var flags = new uint[starts.Length];
            lexicon.Compute(text, starts, ends, boundaries, flags, matches);
            spans.Clear();
            model.Recognize(text, starts, ends, flags, boundaries, spans);
            var goldSet = new HashSet<(int, int)>();
            foreach (var t in article.Toponyms)
            {
                goldSet.Add((t.Start, t.End));
            }

            gold += goldSet.Count;
            foreach (var span in spans)
            {
                var key = (starts[span.First], ends[span.End - 1]);
                bool hit = goldSet.Contains(key);
                any += hit ? 1 : 0;
                if (span.Type == loc)
                {
                    predicted++;
                    correct += hit ? 1 : 0;
                }
            }
        }

        double p = predicted == 0 ? 0 : 100.0 * correct / predicted;
        double r = gold == 0 ? 0 : 100.0 * correct / gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r), gold == 0 ? 0 : 100.0 * any / gold);
    }

    private static void WriteFolds(string folder, List<(string Source, NerDocument Doc, bool HeldOut, bool LacksMisc)> corpus)
    {
        Directory.CreateDirectory(folder);
        foreach (var source in new[] { "wikigold", "re3d" })
        {
            var sb = new StringBuilder();
            foreach (var (s, doc, held, _) in corpus)
            {
                if (s != source || !held)
                {
                    continue;
                }

                sb.Append("-DOCSTART- O\n\n");
                foreach (var sentence in doc.Sentences)
                {
                    foreach (var token in sentence.Tokens)
                    {
                        sb.Append(token.Text).Append(' ').Append(token.Gold.Length == 0 ? "O" : token.Gold).Append('\n');
                    }

                    sb.Append('\n');
                }
            }

            File.WriteAllText(Path.Combine(folder, source + "-heldout.conll"), sb.ToString(), new UTF8Encoding(false));
        }
    }
}
