using Wirewatch.Eval.Conllu;

namespace Wirewatch.Eval.Ud;

/// <summary>
/// Writes a sentence back as read, with LEMMA, UPOS, XPOS, HEAD and DEPREL of each word replaced by predictions.
/// FEATS and DEPS, which are not predicted, become <c>_</c>; ID, FORM and MISC are kept. Comments are copied;
/// multiword-token range lines and empty nodes keep only ID, FORM and MISC, so that no answer of the input
/// reaches the output.
/// </summary>
public static class ConlluPredictionWriter
{
    public static void Write(TextWriter output, ConlluSentence sentence, IReadOnlyList<UdPrediction> predictions)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(sentence);
        ArgumentNullException.ThrowIfNull(predictions);
        if (predictions.Count != sentence.Words.Count)
        {
            throw new ArgumentException("One prediction per word is needed.", nameof(predictions));
        }

        int word = 0;
        foreach (var line in sentence.Lines)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                output.WriteLine(line);
                continue;
            }

            var cols = line.Split('\t');
            if (!IsWordLine(line))
            {
                output.WriteLine(cols.Length == 10 ? string.Join('\t', cols[0], cols[1], "_", "_", "_", "_", "_", "_", "_", cols[9]) : line);
                continue;
            }

            var p = predictions[word++];
            cols[2] = Column(p.Lemma);
            cols[3] = Column(p.Upos);
            cols[4] = Column(p.Xpos);
            cols[5] = "_";
            cols[6] = p.Head.ToString(System.Globalization.CultureInfo.InvariantCulture);
            cols[7] = Column(p.DepRel);
            cols[8] = "_";
            output.WriteLine(string.Join('\t', cols));
        }

        output.WriteLine();
    }

    // Word lines have an integer ID; range lines ("3-4") and empty nodes ("5.1") are copied as they are.
    private static bool IsWordLine(string line)
    {
        int tab = line.IndexOf('\t', StringComparison.Ordinal);
        var id = tab < 0 ? line.AsSpan() : line.AsSpan(0, tab);
        return id.Length > 0 && !id.ContainsAny('-', '.');
    }

    private static string Column(string value) => string.IsNullOrEmpty(value) ? "_" : value.Replace('\t', ' ').Replace('\n', ' ');
}
