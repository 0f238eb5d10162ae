using Wirewatch.Models.Hashing;
using Wirewatch.Models.Learning;

namespace Wirewatch.Models.Tests.Learning;

public class AveragedPerceptronTests
{
    private static ulong F(string name) => FeatureHash.Combine(FeatureHash.Template(0), FeatureHash.Chars(name));

    [Fact]
    public void Learns_a_small_separable_problem()
    {
        // Three classes, each marked by one feature, with a shared noise feature.
        var examples = new (ulong[] Features, int Label)[]
        {
            ([F("bias"), F("red")], 0),
            ([F("bias"), F("green")], 1),
            ([F("bias"), F("blue")], 2),
            ([F("bias"), F("red"), F("round")], 0),
            ([F("bias"), F("blue"), F("round")], 2),
        };
        var learner = new AveragedPerceptron(3);
        var scores = new float[3];
        var random = new Random(1);
        var order = Shuffle.Identity(examples.Length);
        for (int epoch = 0; epoch < 10; epoch++)
        {
            Shuffle.InPlace(order.AsSpan(), random);
            foreach (int i in order)
            {
                learner.Score(examples[i].Features, scores);
                learner.Update(examples[i].Features, examples[i].Label, LinearModel.ArgMax(scores));
                learner.EndExample();
            }
        }

        var model = learner.Average();
        foreach (var (features, label) in examples)
        {
            model.Score(features, scores);
            Assert.Equal(label, LinearModel.ArgMax(scores));
        }
    }

    [Fact]
    public void Average_is_the_mean_weight_over_examples()
    {
        // Example 1: +1 on (f, class 1). Example 2: nothing. Example 3: +1 again.
        // Weights after each example: 1, 1, 2, so the average is 4/3; class 0 gets -1, -1, -2 → -4/3.
        var learner = new AveragedPerceptron(2);
        ulong[] f = [F("f")];
        learner.Update(f, truth: 1, guess: 0);
        learner.EndExample();
        learner.EndExample();
        learner.Update(f, truth: 1, guess: 0);
        learner.EndExample();

        var scores = new float[2];
        learner.AveragedScorer().Score(f, scores);
        Assert.Equal(4f / 3f, scores[1], 5);
        Assert.Equal(-4f / 3f, scores[0], 5);

        // The stored model keeps 8 bits of mantissa: within 0.4%.
        learner.Average().Score(f, scores);
        Assert.InRange(scores[1], 4f / 3f * 0.996f, 4f / 3f * 1.004f);
        Assert.Equal(3, learner.ExampleCount);
    }

    [Fact]
    public void Unknown_features_score_nothing_and_agreeing_updates_change_nothing()
    {
        var learner = new AveragedPerceptron(2);
        learner.Update([F("a")], truth: 1, guess: 1);
        learner.EndExample();
        Assert.Equal(0, learner.WeightCount);
        var scores = new float[] { 5, 5 };
        learner.Average().Score([F("never seen")], scores);
        Assert.Equal([0f, 0f], scores);
    }

    [Fact]
    public void Rare_features_can_be_left_out_of_the_model()
    {
        var learner = new AveragedPerceptron(2);
        ulong[] common = [F("common")];
        ulong[] both = [F("common"), F("rare")];
        learner.Update(both, 1, 0);
        learner.EndExample();
        learner.Update(common, 1, 0);
        learner.EndExample();
        Assert.Equal(2, learner.Average().FeatureCount);
        Assert.Equal(1, learner.Average(minUpdates: 3).FeatureCount);
    }

    [Fact]
    public void Same_updates_give_the_same_model()
    {
        static byte[] Train()
        {
            var learner = new AveragedPerceptron(4);
            var random = new Random(7);
            for (int i = 0; i < 500; i++)
            {
                ulong[] features = [F("w" + random.Next(50)), F("t" + random.Next(5))];
                learner.Update(features, random.Next(4), random.Next(4));
                learner.EndExample();
            }

            var writer = new Wirewatch.Models.ModelFiles.ModelFileWriter("test", new() { Name = "t", Version = "t.v1" });
            learner.Average().Write(writer, "w");
            return writer.ToArray();
        }

        Assert.Equal(Train(), Train());
    }
}
