namespace Wirewatch.Actors.Tests;

public class ActorFileFormatTests
{
    [Fact]
    public void A_line_round_trips()
    {
        const string line = "phx:hamid-karzai\tPER\tHamid Karzai\tAFG\tGOV\t\tAFGELI@1975-01-01..2000-01-01;AFGGOV@2001-12-22..\tKarzai|President Karzai";
        var entry = ActorFileFormat.Parse(line, "test.tsv", 1);
        Assert.Equal(ActorKind.Person, entry.Kind);
        Assert.Equal(["Hamid Karzai", "Karzai", "President Karzai"], entry.Aliases);
        Assert.Equal(2, entry.Roles.Count);
        Assert.Equal(new DateOnly(2001, 12, 22), entry.Roles[1].From);
        Assert.Null(entry.Roles[1].To);
        Assert.Equal("GOV", entry.RoleOn(new DateOnly(2005, 1, 1))!.Sector);
        Assert.Equal("ELI", entry.RoleOn(new DateOnly(1990, 1, 1))!.Sector);
        Assert.Equal(line, ActorFileFormat.Format(entry));
    }

    [Fact]
    public void Malformed_lines_are_reported_with_their_place()
    {
        var ex = Assert.Throws<ActorDataException>(() => ActorFileFormat.Parse("id\tXYZ\tName\t\t\t\t\t", "bad.tsv", 7));
        Assert.Contains("bad.tsv:7", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ActorDataException>(() => ActorFileFormat.Parse("only\tthree\tcolumns", "bad.tsv", 1));
    }

    [Fact]
    public void Cameo_codes_split_into_country_and_sector()
    {
        static bool Iso(string code) => code is "LBY" or "EGY" or "SYR";
        Assert.Equal(("LBY", "MIL"), CameoCodes.Split("LBYMIL", Iso));
        Assert.Equal(("EGY", "GOV"), CameoCodes.Split("EGYGOVMIL", Iso));
        Assert.Equal((string.Empty, "IGO"), CameoCodes.Split("IGOUNOKID", Iso));
        Assert.Equal((string.Empty, "REB"), CameoCodes.Split("IMGMUSALQ", Iso));
        Assert.Equal(("SYR", "REB"), CameoCodes.Split("SYRREBMUS", Iso));
        Assert.Equal((string.Empty, "COP"), CameoCodes.Split("~COP", Iso));
        Assert.Equal((string.Empty, "REL"), CameoCodes.Split("~CHR", Iso));
    }
}
