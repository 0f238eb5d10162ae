using Wirewatch.ActorImporter;

namespace Wirewatch.Actors.Tests;

public class ActorImporterTests
{
    private const string Snippet = """
        # a comment line
        EGYPT_  [EGY]
        +EGYPTIAN
        +CAIRO_
        HOSNI_MUBARAK_  # CountryInfo.txt
        	[EGYELI 460101-811007]
        	[EGYGOV 811014-110211]
        	[EGYELI]
        U.N._
        UN_SECRETARY_GENERAL
        +UNITED_NATIONS_CHIEF
        	[IGOUNO]
        ADEN_ABYAN_ISLAMIC_ARMY_(AAIA)_ [YEMREB] #  kkl 21 Mar 13
        +ADEN_ISLAMIC_ARMY_
        LIBYAN_ARMY_ [LBYMIL >110301]
        """;

    private static readonly HashSet<string> Iso = ["EGY", "YEM", "LBY"];

    [Fact]
    public void Reads_roots_synonyms_codes_and_dates()
    {
        var actors = TabariActorReader.Read(Snippet.Split('\n'));
        Assert.Equal(["EGYPT", "HOSNI MUBARAK", "U.N.", "UN SECRETARY GENERAL", "ADEN ABYAN ISLAMIC ARMY (AAIA)", "LIBYAN ARMY"], actors.Select(a => a.Root));
        Assert.Equal(["EGYPTIAN", "CAIRO"], actors[0].Synonyms);
        var mubarak = actors[1];
        Assert.Equal(3, mubarak.Codes.Count);
        Assert.Equal(new DateOnly(1981, 10, 14), mubarak.Codes[1].From);
        Assert.Equal(new DateOnly(2011, 2, 11), mubarak.Codes[1].To);

        // A root without codes takes the next code line, like the root that follows it.
        Assert.Equal("IGOUNO", actors[2].Codes.Single().Code);
        Assert.Equal("IGOUNO", actors[3].Codes.Single().Code);
        Assert.Equal(new DateOnly(2011, 3, 1), actors[5].Codes.Single().From);
    }

    [Fact]
    public void Converts_to_readable_entries_with_kinds_and_sectors()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var entries = ActorConverter.Convert(TabariActorReader.Read(Snippet.Split('\n')), PhoenixFile.Countries, "test.tsv", Iso.Contains, used);
        var egypt = entries.Single(e => e.Id == "phx:egypt");
        Assert.Equal(ActorKind.Country, egypt.Kind);
        Assert.Equal(["Egypt", "Egyptian", "Cairo"], egypt.Aliases);
        var mubarak = entries.Single(e => e.Name == "Hosni Mubarak");
        Assert.Equal((ActorKind.Person, "EGY", "ELI"), (mubarak.Kind, mubarak.Country, mubarak.Sector));
        var army = entries.Single(e => e.Name == "Aden Abyan Islamic Army");
        Assert.Equal(ActorKind.Organisation, army.Kind);
        Assert.Contains("AAIA", army.Aliases);
        Assert.Equal(("YEM", "REB"), (army.Country, army.Sector));
        Assert.Equal(("LBY", "MIL"), (entries.Single(e => e.Name == "Libyan Army").Country, entries.Single(e => e.Name == "Libyan Army").Sector));
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Conversion_is_deterministic_and_round_trips_through_the_file_format()
    {
        var first = ActorConverter.Convert(TabariActorReader.Read(Snippet.Split('\n')), PhoenixFile.International, "t", Iso.Contains, new HashSet<string>(StringComparer.Ordinal));
        var second = ActorConverter.Convert(TabariActorReader.Read(Snippet.Split('\n')), PhoenixFile.International, "t", Iso.Contains, new HashSet<string>(StringComparer.Ordinal));
        var lines = first.Select(ActorFileFormat.Format).ToList();
        Assert.Equal(lines, second.Select(ActorFileFormat.Format));
        foreach (var line in lines)
        {
            Assert.Equal(line, ActorFileFormat.Format(ActorFileFormat.Parse(line, "t", 1)));
        }
    }

    [Fact]
    public void Agents_expand_macros_and_plurals()
    {
        var agents = TabariAgentReader.Read("""
            !PERSON! = MAN, MEN
            POLICE!PERSON! {} [~COP]
            SOLDIER [~MIL]
            ARMY {ARMIES} [~MIL]
            MILITIA [~REB]
            """.Split('\n'));
        var nouns = agents.ToDictionary(a => a.Noun, a => a.Sector);
        Assert.Equal("COP", nouns["policeman"]);
        Assert.Equal("COP", nouns["policemen"]);
        Assert.Equal("MIL", nouns["soldiers"]);
        Assert.Equal("MIL", nouns["armies"]);
        Assert.False(nouns.ContainsKey("armys"));
        Assert.Equal("REB", nouns["militias"]);
    }
}
