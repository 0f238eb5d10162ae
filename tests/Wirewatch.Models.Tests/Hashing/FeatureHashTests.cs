using Wirewatch.Models.Hashing;

namespace Wirewatch.Models.Tests.Hashing;

public class FeatureHashTests
{
    // Model files store weights under these hashes: a change here silently breaks every saved model.
    [Fact]
    public void Hashes_are_stable_across_processes()
    {
        Assert.Equal(0x3D24966AEF7E609AUL, FeatureHash.Chars("killed"));
        Assert.Equal(0x3D24966AEF7E609AUL, FeatureHash.LowerChars("KiLLed"));
        Assert.Equal(0xB1CEE70D30F6E218UL, FeatureHash.Combine(FeatureHash.Template(7), FeatureHash.Int(3)));
    }

    [Fact]
    public void Lower_case_hash_equals_the_hash_of_the_lower_cased_string()
    {
        foreach (var word in new[] { "Tripoli", "ISIS", "Ünal", "e-mail", "" })
        {
            Assert.Equal(FeatureHash.Chars(word.ToLowerInvariant()), FeatureHash.LowerChars(word));
        }
    }

    [Fact]
    public void Templates_values_and_order_are_distinguished()
    {
        ulong a = FeatureHash.Chars("a"), b = FeatureHash.Chars("b");
        Assert.NotEqual(FeatureHash.Combine(FeatureHash.Template(1), a), FeatureHash.Combine(FeatureHash.Template(2), a));
        Assert.NotEqual(FeatureHash.Combine(FeatureHash.Template(1), a, b), FeatureHash.Combine(FeatureHash.Template(1), b, a));
        Assert.NotEqual(FeatureHash.Chars("ab"), FeatureHash.Chars("ba"));
        Assert.NotEqual(FeatureHash.Int(0), FeatureHash.Int(1));
    }

    [Theory]
    [InlineData("Obama", "Xxx")]
    [InlineData("U.S.", "X.X.")]
    [InlineData("2015", "dd")]
    [InlineData("e-mail", "x-xx")]
    [InlineData("iPhone", "xXxx")]
    public void Word_shape_cuts_runs_to_two(string word, string shape) => Assert.Equal(shape, WordShape.Of(word));

    [Fact]
    public void Word_shape_hash_matches_the_shape_string() =>
        Assert.Equal(FeatureHash.Chars("Xxx"), WordShape.Hash("Benghazi"));
}
