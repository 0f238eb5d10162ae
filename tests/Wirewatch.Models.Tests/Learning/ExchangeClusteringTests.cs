using Wirewatch.Models.Learning;

namespace Wirewatch.Models.Tests.Learning;

public class ExchangeClusteringTests
{
    [Fact]
    public void Words_in_the_same_contexts_share_a_class()
    {
        // Determiners, nouns and verbs in a fixed frame: the class bigram model is best with one class for each.
        string[] vocabulary = ["<s>", "the", "a", "cat", "dog", "ran", "sat"];
        var corpus = new List<int>();
        var random = new Random(3);
        for (int i = 0; i < 400; i++)
        {
            corpus.Add(0);
            corpus.Add(1 + random.Next(2));
            corpus.Add(3 + random.Next(2));
            corpus.Add(5 + random.Next(2));
        }

        corpus.Add(0);
        var classes = ExchangeClustering.Cluster(corpus.ToArray(), vocabulary.Length, boundary: 0, classes: 4, maxIterations: 20);
        Assert.Equal(0, classes[0]);
        Assert.Equal(classes[1], classes[2]);
        Assert.Equal(classes[3], classes[4]);
        Assert.Equal(classes[5], classes[6]);
        Assert.Equal(3, new[] { classes[1], classes[3], classes[5] }.Distinct().Count());
    }
}
