using Wirewatch.Eval.Ner;

namespace Wirewatch.Eval.Tests.Ner;

public class Re3dReaderTests
{
    [Fact]
    public void Names_become_iob2_and_descriptions_drop_their_sentence()
    {
        const string text = "Gen. Joseph Votel visited the Kurdish YPG in Syria. U.S. service members were there.";
        var spans = new List<(int, int, string)>
        {
            (5, 17, "PER"),
            (26, 41, "ORG"),
            (30, 37, "MISC"),
            (45, 50, "LOC"),
            (52, 72, "ORG"),
        };
        var doc = Re3dReader.Convert(text, spans);
        var sentence = Assert.Single(doc.Sentences);
        var tags = sentence.Tokens.Select(t => t.Text + "/" + t.Gold).ToList();
        Assert.Equal(["Gen/O", "./O", "Joseph/B-PER", "Votel/I-PER", "visited/O", "the/O", "Kurdish/B-ORG", "YPG/I-ORG", "in/O", "Syria/B-LOC", "./O"], tags);
    }
}
