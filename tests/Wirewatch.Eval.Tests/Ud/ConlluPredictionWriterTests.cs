using Wirewatch.Eval.Conllu;
using Wirewatch.Eval.Ud;

namespace Wirewatch.Eval.Tests.Ud;

public class ConlluPredictionWriterTests
{
    [Fact]
    public void Replaces_predicted_columns_and_copies_the_rest()
    {
        const string input = "# sent_id = s1\n# text = I don't.\n1\tI\t_\t_\t_\t_\t_\t_\t_\t_\n2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\t_\t_\t_\tMood=Ind\t_\t_\t0:root\t_\n3\tn't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n4\t.\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        var sentence = ConlluReader.Read(new StringReader(input))[0];
        UdPrediction[] predictions =
        [
            new("I", "PRON", "PRP", 2, "nsubj"),
            new("do", "AUX", "VBP", 0, "root"),
            new("not", "PART", "RB", 2, "advmod"),
            new(".", "PUNCT", ".", 2, "punct"),
        ];
        var output = new StringWriter();
        ConlluPredictionWriter.Write(output, sentence, predictions);
        var lines = output.ToString().Split('\n');
        Assert.Equal("# sent_id = s1", lines[0]);
        Assert.Equal("1\tI\tI\tPRON\tPRP\t_\t2\tnsubj\t_\t_", lines[2]);
        Assert.Equal("2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_", lines[3]);
        Assert.Equal("2\tdo\tdo\tAUX\tVBP\t_\t0\troot\t_\t_", lines[4]);
        Assert.Equal("3\tn't\tnot\tPART\tRB\t_\t2\tadvmod\t_\tSpaceAfter=No", lines[5]);
        Assert.Equal(string.Empty, lines[7]);
    }

    [Fact]
    public void Empty_nodes_and_ranges_keep_only_id_form_and_misc()
    {
        const string input = "1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No\n1\tdo\t_\t_\t_\t_\t_\t_\t_\t_\n2\tn't\t_\t_\t_\t_\t_\t_\t_\t_\n2.1\twrite\twrite\tVERB\tVB\tVerbForm=Inf\t_\t_\t1:xcomp\tCopyOf=1\n\n";
        var sentence = ConlluReader.Read(new StringReader(input))[0];
        var output = new StringWriter();
        ConlluPredictionWriter.Write(output, sentence, [new UdPrediction("do", "AUX", "VBP", 0, "root"), new UdPrediction("not", "PART", "RB", 1, "advmod")]);
        var lines = output.ToString().Split('\n');
        Assert.Equal("1-2\tdon't\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No", lines[0]);
        Assert.Equal("2.1\twrite\t_\t_\t_\t_\t_\t_\t_\tCopyOf=1", lines[3]);
    }

    [Fact]
    public void Written_file_reads_back_with_the_predictions()
    {
        const string input = "1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n\n";
        var sentence = ConlluReader.Read(new StringReader(input))[0];
        var output = new StringWriter();
        ConlluPredictionWriter.Write(output, sentence, [new UdPrediction("hi", "INTJ", "UH", 0, "root")]);
        var back = ConlluReader.Read(new StringReader(output.ToString()))[0].Words[0];
        Assert.Equal(("hi", "INTJ", "UH", 0, "root"), (back.Lemma, back.Upos, back.Xpos, back.Head, back.DepRel));
    }
}
