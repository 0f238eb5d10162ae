using Wirewatch.Actors;

namespace Wirewatch.Entities.Tests;

public class EntityLexiconTests
{
    [Fact]
    public void Flags_mark_dictionary_names_agents_titles_and_calendar_words()
    {
        var actors = new ActorDictionary(
            [
                new ActorEntry { Id = "ww:is", Kind = ActorKind.Organisation, Name = "Islamic State", Aliases = ["Islamic State", "ISIS"] },
                new ActorEntry { Id = "phx:x", Kind = ActorKind.Person, Name = "Hamid Karzai", Aliases = ["Hamid Karzai"] },
            ],
            new AgentLexicon([new AgentEntry("jets", "MIL", "~MIL")]));
        var lexicon = new EntityLexicon(actors, null, EntityWordLists.Default);
        const string text = "President Karzai said Islamic State jets struck in March";
        var words = text.Split(' ');
        var starts = new int[words.Length];
        var ends = new int[words.Length];
        for (int i = 0, pos = 0; i < words.Length; i++)
        {
            starts[i] = pos;
            ends[i] = pos + words[i].Length;
            pos = ends[i] + 1;
        }

        var flags = new uint[words.Length];
        var matches = new List<ActorMatch>();
        lexicon.Compute(text, starts, ends, [0, words.Length], flags, matches);
        static bool Has(uint f, LexiconFlag flag) => (f & (1u << (int)flag)) != 0;
        Assert.True(Has(flags[0], LexiconFlag.Title));
        Assert.True(Has(flags[1], LexiconFlag.Surname));
        Assert.True(Has(flags[3], LexiconFlag.ActorOrganisation) && Has(flags[3], LexiconFlag.ActorBegin) && Has(flags[3], LexiconFlag.ActorMultiword));
        Assert.True(Has(flags[4], LexiconFlag.ActorOrganisation) && !Has(flags[4], LexiconFlag.ActorBegin));
        Assert.True(Has(flags[5], LexiconFlag.Agent));
        Assert.True(Has(flags[8], LexiconFlag.Calendar));
        Assert.Equal(0u, flags[2]);
        Assert.Equal((3, 5), (matches.Single().First, matches.Single().End));
        Assert.Equal(Enum.GetNames<LexiconFlag>(), EntityLexicon.FlagNames);
    }

    [Fact]
    public void Word_lists_are_case_insensitive()
    {
        var words = EntityWordLists.Default;
        Assert.True(words.IsTitle("GEN."));
        Assert.True(words.IsFacilityWord("oilfield"));
        Assert.True(words.IsEventWord("Olympics"));
        Assert.True(words.IsNorpWord("Sunni"));
        Assert.False(words.IsOrganisationWord("Porter"));
    }
}
