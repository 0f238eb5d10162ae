using Wirewatch.Ingest.Dedup;

namespace Wirewatch.Ingest.Tests.Dedup;

public class NearDuplicateTests
{
    [Fact]
    public void Small_edits_stay_within_the_near_duplicate_distance()
    {
        var original = SyntheticArticles.Prose(1, 400);
        var words = original.Split(' ');
        words[50] = "changed";
        words[200] = "edited";
        var edited = string.Join(' ', words) + "\nThis story has been corrected to fix a typo.\n";

        var a = SimHash.Compute(original);
        var b = SimHash.Compute(edited);

        Assert.NotEqual(0UL, a.SimHash);
        Assert.InRange(SimHash.Distance(a.SimHash, b.SimHash), 0, SimHash.NearDuplicateDistance);
    }

    [Fact]
    public void Different_articles_are_far_apart()
    {
        for (int seed = 2; seed < 12; seed++)
        {
            var a = SimHash.Compute(SyntheticArticles.Prose(seed)).SimHash;
            var b = SimHash.Compute(SyntheticArticles.Prose(seed + 100)).SimHash;
            Assert.True(SimHash.Distance(a, b) > SimHash.NearDuplicateDistance * 2, $"seed {seed}: distance {SimHash.Distance(a, b)}");
        }
    }

    [Fact]
    public void Case_and_whitespace_do_not_change_the_fingerprint()
    {
        var text = SyntheticArticles.Article(3, 20);
        Assert.Equal(SimHash.Compute(text).SimHash, SimHash.Compute(text.ToUpperInvariant().Replace(" ", "  \n", StringComparison.Ordinal)).SimHash);
    }

    [Fact]
    public void Short_texts_get_no_fingerprint()
    {
        var fp = SimHash.Compute("Troops entered the town on Monday.");
        Assert.Equal(0UL, fp.SimHash);
        Assert.Equal(6, fp.Words);
    }

    [Fact]
    public void Index_finds_same_id_and_near_duplicates()
    {
        var index = new DuplicateIndex();
        var text = SyntheticArticles.Prose(5);
        var copy = text + "\nAdditional reporting by a staff correspondent.\n";
        var other = SyntheticArticles.Prose(6);
        index.AddStored("stored1", SimHash.Compute(SyntheticArticles.Prose(7)).SimHash);

        Assert.False(index.TryReserve("a", "/in/a.txt", false, SimHash.Compute(text).SimHash).IsDuplicate);
        var same = index.TryReserve("a", "/in/a-again.txt", true, SimHash.Compute(text).SimHash);
        Assert.True(same.IsDuplicate);
        Assert.Contains("/in/a.txt", same.Reason, StringComparison.Ordinal);

        var near = index.TryReserve("b", "/in/b.txt", false, SimHash.Compute(copy).SimHash);
        Assert.True(near.IsDuplicate);
        Assert.Equal(RejectionKind.Duplicate, near.Kind);
        Assert.StartsWith("near-duplicate of /in/a.txt", near.Reason, StringComparison.Ordinal);

        Assert.False(index.TryReserve("c", "/in/c.txt", false, SimHash.Compute(other).SimHash).IsDuplicate);

        var stored = index.TryReserve("stored1", "/in/s.txt", true, 0);
        Assert.Equal(RejectionKind.AlreadyStored, stored.Kind);
        var nearStored = index.TryReserve("d", "/in/d.txt", false, SimHash.Compute(SyntheticArticles.Prose(7) + " More.").SimHash);
        Assert.Contains("stored article stored1", nearStored.Reason, StringComparison.Ordinal);
    }
}
