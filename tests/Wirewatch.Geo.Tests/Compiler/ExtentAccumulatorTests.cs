using Wirewatch.GazetteerCompiler;

namespace Wirewatch.Geo.Tests.Compiler;

public class ExtentAccumulatorTests
{
    [Fact]
    public void Centre_is_the_middle_of_the_box_and_population_adds_up()
    {
        var acc = new ExtentAccumulator();
        acc.Add(30, 10, 100);
        acc.Add(32, 20, 50);
        acc.Add(31, 11, 0);
        Assert.Equal((31.0, 15.0), acc.Centre());
        Assert.Equal(150, acc.Population);
        Assert.Equal(3, acc.Count);
    }

    [Fact]
    public void Boxes_across_the_antimeridian_stay_tight()
    {
        var acc = new ExtentAccumulator();
        acc.Add(-17, 179);
        acc.Add(-18, -179);
        var extent = acc.Extent()!.Value;
        Assert.True(extent.CrossesAntimeridian);
        Assert.Equal(2f, extent.LongitudeSpan, 3);
        var (_, lon) = acc.Centre();
        Assert.True(Math.Abs(lon) > 179, $"centre longitude {lon}");
    }

    [Fact]
    public void Empty_accumulator_has_no_extent()
    {
        Assert.Null(new ExtentAccumulator().Extent());
    }
}
