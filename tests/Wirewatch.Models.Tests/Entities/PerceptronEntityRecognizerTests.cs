using Wirewatch.Models.Entities;
using Wirewatch.Models.ModelFiles;

namespace Wirewatch.Models.Tests.Entities;

public class PerceptronEntityRecognizerTests
{
    private static readonly string[] Given = ["Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo"];
    private static readonly string[] Family = ["Smith", "Novak", "Haddad", "Ortiz", "Lind", "Moreau", "Tanaka", "Okafor"];
    private static readonly string[] Cities = ["Tripoli", "Cairo", "Paris", "Lagos", "Lima", "Oslo"];
    private static readonly string[] Groups = ["Red Crescent", "Blue Party", "Green Front"];

    // A toy corpus: "X Y said ...", "... in CITY", "the GROUP said"; names are PER, cities LOC, groups ORG.
    private static List<EntityTrainingDocument> ToyCorpus(int count, int seed)
    {
        var random = new Random(seed);
        var docs = new List<EntityTrainingDocument>();
        for (int d = 0; d < count; d++)
        {
            var sentences = new List<string[]>();
            var names = new List<List<EntitySpan>>();
            for (int s = 0; s < 3; s++)
            {
                var words = new List<string>();
                var spans = new List<EntitySpan>();
                words.Add(Given[random.Next(Given.Length)]);
                words.Add(Family[random.Next(Family.Length)]);
                spans.Add(new EntitySpan(0, 2, 0));
                words.AddRange(["said", "talks", "in"]);
                words.Add(Cities[random.Next(Cities.Length)]);
                spans.Add(new EntitySpan(5, 6, 2));
                words.AddRange(["with", "the"]);
                var group = Groups[random.Next(Groups.Length)].Split(' ');
                spans.Add(new EntitySpan(words.Count, words.Count + group.Length, 1));
                words.AddRange(group);
                words.Add(".");
                sentences.Add([.. words]);
                names.Add(spans);
            }

            docs.Add(EntityTrainingDocument.Create("toy", sentences, names, lacksMisc: false));
        }

        return docs;
    }

    [Fact]
    public void Learns_a_toy_corpus_and_survives_a_save_and_load()
    {
        var train = ToyCorpus(40, 1);
        var test = ToyCorpus(10, 2);
        var manifest = new ModelManifest { Name = "ner", Version = PerceptronEntityRecognizer.Version };
        var recognizer = EntityRecognizerTrainer.Train(train, null, new EntityTrainingOptions { Epochs = 5 }, manifest);
        var score = EntityRecognizerTrainer.Evaluate(recognizer, test);
        Assert.True(score.F1 > 95, $"F1 {score.F1}");

        var reloaded = PerceptronEntityRecognizer.FromBytes(recognizer.WithManifest(recognizer.Manifest).Save(Path.Combine(Path.GetTempPath(), $"ner-{Guid.NewGuid():N}.wwm")));
        var doc = test[0];
        var a = new List<EntitySpan>();
        var b = new List<EntitySpan>();
        recognizer.Recognize(doc.Text, doc.Starts, doc.Ends, doc.Flags, doc.Boundaries, a);
        reloaded.Recognize(doc.Text, doc.Starts, doc.Ends, doc.Flags, doc.Boundaries, b);
        Assert.Equal(a, b);
        Assert.Equal(doc.GoldSpans(), a);
    }

    [Fact]
    public void Training_is_deterministic()
    {
        var train = ToyCorpus(10, 3);
        var manifest = new ModelManifest { Name = "ner", Version = PerceptronEntityRecognizer.Version };
        var options = new EntityTrainingOptions { Epochs = 2, Seed = 7, FlagNames = ["A", "B"] };
        var first = EntityRecognizerTrainer.Train(train, null, options, manifest);
        var second = EntityRecognizerTrainer.Train(train, null, options, manifest);
        var path1 = Path.Combine(Path.GetTempPath(), $"ner-{Guid.NewGuid():N}.wwm");
        var path2 = Path.Combine(Path.GetTempPath(), $"ner-{Guid.NewGuid():N}.wwm");
        Assert.Equal(first.Save(path1), second.Save(path2));
    }

    [Fact]
    public void Rejects_callers_with_other_flags()
    {
        var manifest = new ModelManifest { Name = "ner", Version = PerceptronEntityRecognizer.Version };
        var recognizer = EntityRecognizerTrainer.Train(ToyCorpus(2, 1), null, new EntityTrainingOptions { Epochs = 1, FlagNames = ["GazCountry"] }, manifest);
        recognizer.CheckFlags(["GazCountry"], "test");
        Assert.Throws<Core.Errors.ModelLoadException>(() => recognizer.CheckFlags(["GazCity"], "test"));
    }

    [Fact]
    public void Margins_are_positive_and_give_the_same_labels()
    {
        var manifest = new ModelManifest { Name = "ner", Version = PerceptronEntityRecognizer.Version };
        var recognizer = EntityRecognizerTrainer.Train(ToyCorpus(40, 1), null, new EntityTrainingOptions { Epochs = 5 }, manifest);
        var doc = ToyCorpus(1, 5)[0];
        var plain = new int[doc.TokenCount];
        var labels = new int[doc.TokenCount];
        var margins = new float[doc.TokenCount];
        recognizer.Label(doc.Text, doc.Starts, doc.Ends, doc.Flags, doc.Boundaries, plain);
        recognizer.Label(doc.Text, doc.Starts, doc.Ends, doc.Flags, doc.Boundaries, labels, margins);
        Assert.Equal(plain, labels);
        Assert.All(margins, m => Assert.True(m >= 0, $"margin {m}"));
        Assert.Contains(margins, m => m > 0);
        Assert.Throws<ArgumentException>(() => recognizer.Label(doc.Text, doc.Starts, doc.Ends, doc.Flags, doc.Boundaries, labels, new float[1]));
    }

    [Fact]
    public void Silver_documents_take_part_only_in_their_epochs()
    {
        // Silver sentences that call every city PER: trained on in every epoch they win; in none, gold alone decides.
        var gold = ToyCorpus(10, 1);
        var silver = new List<EntityTrainingDocument>();
        foreach (var g in ToyCorpus(40, 9))
        {
            var sentences = new List<string[]>();
            var names = new List<List<EntitySpan>>();
            for (int s = 0; s < g.SentenceCount; s++)
            {
                int first = g.Boundaries[s], end = g.Boundaries[s + 1];
                var words = new string[end - first];
                for (int i = first; i < end; i++)
                {
                    words[i - first] = g.Word(i);
                }

                sentences.Add(words);
                names.Add([new EntitySpan(5, 6, 0)]);
            }

            silver.Add(EntityTrainingDocument.Create("silver-toy", sentences, names, lacksMisc: false));
        }

        Assert.True(silver[0].IsSilver);
        Assert.False(gold[0].IsSilver);
        var manifest = new ModelManifest { Name = "ner", Version = PerceptronEntityRecognizer.Version };
        var test = ToyCorpus(5, 2);
        var with = EntityRecognizerTrainer.Train([.. gold, .. silver], null, new EntityTrainingOptions { Epochs = 3 }, manifest);
        var without = EntityRecognizerTrainer.Train([.. gold, .. silver], null, new EntityTrainingOptions { Epochs = 3, SilverEpochs = 0 }, manifest);
        int locWith = EntityRecognizerTrainer.Evaluate(with, test).ByType["LOC"].Correct;
        var scoreWithout = EntityRecognizerTrainer.Evaluate(without, test);
        Assert.True(scoreWithout.F1 > 90, $"F1 without silver {scoreWithout.F1}");
        Assert.True(locWith < scoreWithout.ByType["LOC"].Correct, $"LOC right with silver {locWith}, without {scoreWithout.ByType["LOC"].Correct}");
    }

    [Fact]
    public void A_corpus_without_misc_does_not_punish_misc_guesses()
    {
        // Gold O on a word the model calls MISC is acceptable for such a corpus: no update, so no features are learned.
        var doc = EntityTrainingDocument.Create("uner", [["Hello", "world"]], [[]], lacksMisc: true);
        Assert.True(doc.LacksMisc);
        Assert.Empty(doc.GoldSpans());
    }
}
