namespace Wirewatch.Entities.Tests;

public class NumericEntityFinderTests
{
    private static List<(string Text, EntityLabel Label)> Find(string sentence)
    {
        var words = sentence.Split(' ');
        var starts = new int[words.Length];
        var ends = new int[words.Length];
        int pos = 0;
        for (int i = 0; i < words.Length; i++)
        {
            starts[i] = pos;
            ends[i] = pos + words[i].Length;
            pos = ends[i] + 1;
        }

        var found = new List<(int First, int End, EntityLabel Label)>();
        NumericEntityFinder.Find(sentence, starts, ends, found);
        return found.Select(f => (string.Join(' ', words[f.First..f.End]), f.Label)).ToList();
    }

    [Theory]
    [InlineData("In December , he said", "December")]
    [InlineData("on 18 February 2015 they", "February 2015")]
    [InlineData("on February 18 , 2015 they", "February 18 , 2015")]
    [InlineData("Last month , they claimed", "Last month")]
    [InlineData("arrived late last year as", "late last year")]
    [InlineData("about two weeks ago .", "two weeks ago")]
    [InlineData("LONDON 1996-08-30", "1996-08-30")]
    [InlineData("in the 1990s there", "1990s")]
    [InlineData("since 2011 the", "2011")]
    [InlineData("on Tuesday the", "Tuesday")]
    [InlineData("over the past 20-plus months", "past 20-plus months")]
    public void Dates(string sentence, string expected) =>
        Assert.Contains((expected, EntityLabel.DATE), Find(sentence));

    [Theory]
    [InlineData("at 10:30 GMT", "10:30 GMT", EntityLabel.TIME)]
    [InlineData("at 5 p.m. local", "5 p.m.", EntityLabel.TIME)]
    [InlineData("this morning they", "this morning", EntityLabel.TIME)]
    [InlineData("paid $ 5 million for", "$ 5 million", EntityLabel.MONEY)]
    [InlineData("paid $5 million for", "$5 million", EntityLabel.MONEY)]
    [InlineData("cost 300 dinars each", "300 dinars", EntityLabel.MONEY)]
    [InlineData("more than 18,000 square kilometers of", "18,000 square kilometers", EntityLabel.QUANTITY)]
    [InlineData("rose 5 percent in", "5 percent", EntityLabel.QUANTITY)]
    [InlineData("execution of 21 Egyptian Christians", "21", EntityLabel.CARDINAL)]
    [InlineData("killing nine people", "nine", EntityLabel.CARDINAL)]
    [InlineData("a couple of hundred militants", "hundred", EntityLabel.CARDINAL)]
    [InlineData("some two hundred and fifty men", "two hundred and fifty", EntityLabel.CARDINAL)]
    public void Times_money_quantities_and_cardinals(string sentence, string expected, EntityLabel label) =>
        Assert.Contains((expected, label), Find(sentence));

    [Fact]
    public void May_is_a_month_only_with_a_day_or_year()
    {
        Assert.Empty(Find("May God protect them"));
        Assert.Contains(("May 2015", EntityLabel.DATE), Find("in May 2015 the"));
        Assert.Empty(Find("the same week he"));
    }
}
