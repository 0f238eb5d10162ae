using Wirewatch.Actors;

namespace Wirewatch.Actors.Tests;

/// <summary>A small hand-made dictionary for the tests.</summary>
internal static class ActorFixtures
{
    public static ActorDictionary Dictionary() => new(
        [
            Entry("ww:islamic-state", ActorKind.Organisation, "Islamic State", "", "REB", "IS", "ISIS", "ISIL", "Daesh", "Islamic State of Iraq and the Levant"),
            Entry("ww:ansar", ActorKind.Organisation, "Ansar al Sharia", "LBY", "REB", "Ansar al-Sharia"),
            Entry("phx:egypt", ActorKind.Country, "Egypt", "EGY", "", "Egyptian", "Cairo"),
            Entry("phx:saudi-arabia", ActorKind.Country, "Saudi Arabia", "SAU", "", "Saudi", "Saudi Arabian"),
            Entry("phx:united-states", ActorKind.Country, "United States", "USA", "", "US", "U.S.", "United States of America"),
            Entry("phx:hamid-karzai", ActorKind.Person, "Hamid Karzai", "AFG", "GOV", "Karzai"),
        ],
        new AgentLexicon(
        [
            new AgentEntry("jets", "MIL", "~MIL"),
            new AgentEntry("fighter jets", "MIL", "~MIL"),
            new AgentEntry("men", "CVL", "~CVL"),
            new AgentEntry("police", "COP", "~COP"),
            new AgentEntry("riot police", "COP", "~COP"),
            new AgentEntry("security source", "GOV", "~GOV"),
        ]));

    public static ActorEntry Entry(string id, ActorKind kind, string name, string country, string sector, params string[] aliases) => new()
    {
        Id = id,
        Kind = kind,
        Name = name,
        Country = country,
        Sector = sector,
        Aliases = [name, .. aliases],
    };

    /// <summary>Whitespace tokens of a text and their offsets.</summary>
    public static (string Text, int[] Starts, int[] Ends) Tokens(string text)
    {
        var starts = new List<int>();
        var ends = new List<int>();
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i >= text.Length)
            {
                break;
            }

            int s = i;
            while (i < text.Length && text[i] != ' ')
            {
                i++;
            }

            starts.Add(s);
            ends.Add(i);
        }

        return (text, [.. starts], [.. ends]);
    }
}
