using Wirewatch.Models.Parsing;

namespace Wirewatch.Models.Tests.Parsing;

public class ProjectivizerTests
{
    [Fact]
    public void Projective_trees_are_left_alone()
    {
        int[] heads = [1, -1, 3, 1, 1];
        Assert.True(Projectivizer.IsProjective(heads));
        Assert.Equal(0, Projectivizer.Lift(heads));
        Assert.Equal([1, -1, 3, 1, 1], heads);
    }

    [Fact]
    public void Crossing_arcs_are_lifted_to_the_grandparent()
    {
        // "A hearing is scheduled on the issue today": "on" (4) hangs from "hearing" (1) across "scheduled" (3).
        int[] heads = [1, 3, 3, -1, 1, 6, 4, 3];
        Assert.False(Projectivizer.IsProjectiveArc(heads, 4));
        Assert.False(Projectivizer.IsProjective(heads));
        Assert.Equal(1, Projectivizer.Lift(heads));
        Assert.Equal(3, heads[4]);
        Assert.True(Projectivizer.IsProjective(heads));
    }
}
