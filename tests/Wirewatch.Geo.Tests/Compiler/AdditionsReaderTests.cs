using Wirewatch.GazetteerCompiler;
using Wirewatch.Geo.Gazetteer;

namespace Wirewatch.Geo.Tests.Compiler;

public class AdditionsReaderTests
{
    [Fact]
    public void Parses_features_aliases_and_name_lines()
    {
        var lines = AdditionsReader.Parse(
        [
            "# comment",
            "region\tSinai Peninsula\tSinai|adj:Sinaitic\t29.5\t33.8\tEGY\tL.PEN\t3\t\tapproximate centre",
            "names\tUnited States\tabbr:U.S.|America\t0\t0\tUSA\t\t\t\tabbreviations",
            string.Empty,
        ], "test");
        Assert.Equal(2, lines.Count);
        var sinai = lines[0];
        Assert.Equal("region", sinai.Kind);
        Assert.Equal(2, sinai.LineNumber);
        Assert.Equal('L', sinai.FeatureClass);
        Assert.Equal("PEN", sinai.FeatureCode);
        Assert.Equal(3, sinai.Precision);
        Assert.Equal(PlaceKind.Region, AdditionsReader.KindOf(sinai.Kind));
        Assert.Equal([new GazetteerName("Sinai", NameKind.Alternate), new GazetteerName("Sinaitic", NameKind.Demonym)], sinai.Aliases);
        Assert.Equal(new GazetteerName("U.S.", NameKind.Abbreviation), lines[1].Aliases[0]);
        Assert.Equal("USA", lines[1].Country);
    }

    [Theory]
    [InlineData("region\tX\t\t1\t2\tEGY\tL.RGN\t3\t")] // 9 columns
    [InlineData("city\tX\t\t1\t2\tEGY\tL.RGN\t3\t\tnote")] // unknown kind
    [InlineData("region\tX\t\t100\t2\tEGY\tL.RGN\t3\t\tnote")] // latitude
    [InlineData("region\tX\t\t1\t2\tEG\tL.RGN\t3\t\tnote")] // alpha-2
    [InlineData("region\tX\t\t1\t2\tEGY\tRGN\t3\t\tnote")] // feature without class
    [InlineData("region\tX\t\t1\t2\tEGY\tL.RGN\t5\t\tnote")] // precision
    [InlineData("region\tX\t\t1\t2\tEGY\tL.RGN\t3\t\t")] // no source
    [InlineData("names\tX\tY\t0\t0\t\t\t\t\tnote")] // names without a target
    public void Rejects_malformed_lines_with_their_line_number(string line)
    {
        var ex = Assert.Throws<GazetteerDataException>(() => AdditionsReader.Parse(["# header", line], "additions.tsv"));
        Assert.StartsWith("additions.tsv:2:", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_additions_file_parses()
    {
        var root = Wirewatch.Core.IO.DataDirectory.FindRepositoryRoot(AppContext.BaseDirectory);
        Assert.NotNull(root);
        var lines = AdditionsReader.Read(Path.Combine(root, "data", "gazetteer", "additions.tsv"));
        Assert.Contains(lines, l => l.Name == "Sinai Peninsula" && l.Precision == 3);
        Assert.All(lines, l => Assert.False(string.IsNullOrWhiteSpace(l.Source)));
    }
}
