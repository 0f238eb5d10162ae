namespace Wirewatch.Entities.Tests;

public class SpanRepairTests
{
    [Fact]
    public void Overlapping_names_and_adjacent_person_names_merge()
    {
        // "Abu El - Bara El - Azadi , said"
        const string text = "Abu El-Bara El-Azadi, said";
        int[] starts = [0, 4, 6, 7, 12, 14, 15, 20, 22];
        int[] ends = [3, 6, 7, 11, 14, 15, 20, 21, 26];
        var drafts = new List<EntityDraft>
        {
            new() { First = 0, End = 4, Label = EntityLabel.PER },
            new() { First = 3, End = 4, Label = EntityLabel.GPE },
            new() { First = 4, End = 7, Label = EntityLabel.PER },
        };
        var merged = SpanRepair.Merge(text, starts, ends, drafts);
        var only = Assert.Single(merged);
        Assert.Equal((0, 7, EntityLabel.PER), (only.First, only.End, only.Label));
    }

    [Fact]
    public void Names_apart_stay_apart()
    {
        const string text = "Paris , Rome";
        var drafts = new List<EntityDraft>
        {
            new() { First = 0, End = 1, Label = EntityLabel.GPE },
            new() { First = 2, End = 3, Label = EntityLabel.GPE },
        };
        Assert.Equal(2, SpanRepair.Merge(text, [0, 6, 8], [5, 7, 12], drafts).Count);
    }
}
