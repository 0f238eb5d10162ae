using Wirewatch.Models.Entities;

namespace Wirewatch.Models.Tests.Entities;

public class BilouLabelsTests
{
    private static int L(string name) => BilouLabels.Names.ToList().IndexOf(name);

    [Fact]
    public void Encode_and_decode_round_trip()
    {
        var spans = new[] { new EntitySpan(0, 2, 0), new EntitySpan(3, 4, 2), new EntitySpan(4, 7, 1) };
        var labels = new int[8];
        BilouLabels.Encode(spans, labels);
        Assert.Equal(["B-PER", "L-PER", "O", "U-LOC", "B-ORG", "I-ORG", "L-ORG", "O"], labels.Select(l => BilouLabels.Names[l]));
        var decoded = new List<EntitySpan>();
        BilouLabels.Decode(labels, 10, decoded);
        Assert.Equal([new EntitySpan(10, 12, 0), new EntitySpan(13, 14, 2), new EntitySpan(14, 17, 1)], decoded);
    }

    [Fact]
    public void Decode_repairs_ill_formed_sequences()
    {
        // I without B starts a name; a B without L ends at the type change; a dangling B closes at the end.
        int[] labels = [L("I-PER"), L("L-PER"), L("B-ORG"), L("I-LOC"), L("O"), L("B-MISC")];
        var decoded = new List<EntitySpan>();
        BilouLabels.Decode(labels, 0, decoded);
        Assert.Equal([new EntitySpan(0, 2, 0), new EntitySpan(2, 3, 1), new EntitySpan(3, 4, 2), new EntitySpan(5, 6, 3)], decoded);
    }

    [Fact]
    public void Transitions_keep_names_well_formed()
    {
        Assert.True(BilouLabels.IsAllowed(BilouLabels.Outside, L("B-PER")));
        Assert.True(BilouLabels.IsAllowed(BilouLabels.Outside, L("U-LOC")));
        Assert.False(BilouLabels.IsAllowed(BilouLabels.Outside, L("I-PER")));
        Assert.False(BilouLabels.IsAllowed(BilouLabels.Outside, L("L-PER")));
        Assert.True(BilouLabels.IsAllowed(L("B-PER"), L("L-PER")));
        Assert.False(BilouLabels.IsAllowed(L("B-PER"), L("L-ORG")));
        Assert.False(BilouLabels.IsAllowed(L("I-PER"), BilouLabels.Outside));
        Assert.True(BilouLabels.IsAllowed(L("L-PER"), L("B-PER")));
    }

    [Fact]
    public void Iob1_and_iob2_tags_give_the_same_names()
    {
        static List<EntitySpan> Read(params string[] tags)
        {
            var spans = new List<EntitySpan>();
            IobTags.ToSpans(tags, t => BilouLabels.TypeId(t), spans);
            return spans;
        }

        var iob1 = Read("I-ORG", "I-ORG", "O", "I-PER", "B-PER", "I-LOC");
        var iob2 = Read("B-ORG", "I-ORG", "O", "B-PER", "B-PER", "B-LOC");
        Assert.Equal([new EntitySpan(0, 2, 1), new EntitySpan(3, 4, 0), new EntitySpan(4, 5, 0), new EntitySpan(5, 6, 2)], iob1);
        Assert.Equal(iob1, iob2);
        Assert.Empty(Read("B-DATE", "I-DATE", "O"));
    }

    [Fact]
    public void Iob2_tags_are_written_from_spans()
    {
        var tags = new string[5];
        IobTags.FromSpans([new EntitySpan(1, 3, 0), new EntitySpan(4, 5, 2)], t => BilouLabels.Types[t], tags);
        Assert.Equal(["O", "B-PER", "I-PER", "O", "B-LOC"], tags);
    }
}
