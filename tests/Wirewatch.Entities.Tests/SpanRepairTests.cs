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
    public void A_name_ends_at_a_comma_before_a_clause()
    {
        // "Abu El-Bara El-Azadi , arrived in Derna": the name stops at the comma.
        const string text = "Abu El-Bara El-Azadi , arrived in Derna";
        int[] starts = [0, 4, 12, 21, 23, 31, 34];
        int[] ends = [3, 11, 20, 22, 30, 33, 39];
        var draft = new EntityDraft { First = 0, End = 7, Label = EntityLabel.PER };
        SpanRepair.EndAtClause(text, starts, ends, draft);
        Assert.Equal((0, 3), (draft.First, draft.End));

        // A comma before a capitalised word is left alone ("Kampala , Uganda" may be one name to the model).
        const string place = "Kampala , Uganda";
        var kept = new EntityDraft { First = 0, End = 3, Label = EntityLabel.GPE };
        SpanRepair.EndAtClause(place, [0, 8, 10], [7, 9, 16], kept);
        Assert.Equal((0, 3), (kept.First, kept.End));
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
