using Wirewatch.Models.Learning;

namespace Wirewatch.Models.Tests.Learning;

public class LinearModelTests
{
    [Theory]
    [InlineData(1f)]
    [InlineData(-0.3333f)]
    [InlineData(123.456f)]
    [InlineData(1e-6f)]
    public void Packed_weights_keep_three_significant_digits(float weight)
    {
        uint entry = LinearModel.Pack(17, weight);
        Assert.Equal(17u, entry & 0xFFFF);
        Assert.Equal(weight, LinearModel.Weight(entry), Math.Abs(weight) * 0.004f);
    }

    [Fact]
    public void Scores_many_features_in_batches()
    {
        // More features than one prefetch batch, each adding 1 to class (i mod 3).
        var learner = new AveragedPerceptron(3);
        var features = new ulong[300];
        for (int i = 0; i < features.Length; i++)
        {
            features[i] = Wirewatch.Models.Hashing.FeatureHash.Int(i);
            learner.Adjust([features[i]], i % 3, 1f);
        }

        learner.EndExample();
        var scores = new float[3];
        learner.Average().Score(features, scores);
        Assert.Equal([100f, 100f, 100f], scores);
    }

    [Fact]
    public void ArgMax_prefers_the_lowest_index_on_ties() => Assert.Equal(1, LinearModel.ArgMax([0f, 2f, 2f, -1f]));
}
