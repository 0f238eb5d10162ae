using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Wirewatch.Eval.Ner;

/// <summary>conlleval's figures: token accuracy and chunk precision, recall and F1, overall and per type.</summary>
public sealed record NerScores(int Tokens, int TokensCorrect, IReadOnlyDictionary<string, ChunkCounts> ByType)
{
    /// <summary>Every type together (conlleval's headline figure).</summary>
    public ChunkCounts Overall => Over(ByType.Keys);

    public double Accuracy => Tokens == 0 ? 0 : 100.0 * TokensCorrect / Tokens;

    /// <summary>The counts summed over <paramref name="types"/> (e.g. PER, ORG, LOC only).</summary>
    public ChunkCounts Over(IEnumerable<string> types)
    {
        ArgumentNullException.ThrowIfNull(types);
        var sum = default(ChunkCounts);
        foreach (var type in types)
        {
            if (ByType.TryGetValue(type, out var c))
            {
                sum += c;
            }
        }

        return sum;
    }

    /// <summary>conlleval's report, plus a line for PER/ORG/LOC together.</summary>
    public string ToTable()
    {
        var o = Overall;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"processed {Tokens} tokens with {o.Gold} phrases; found: {o.Predicted} phrases; correct: {o.Correct}.\n");
        sb.Append(CultureInfo.InvariantCulture, $"accuracy: {Accuracy,6:F2}%; precision: {o.Precision,6:F2}%; recall: {o.Recall,6:F2}%; FB1: {o.F1,6:F2}\n");
        foreach (var (type, c) in ByType)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{type,17}: precision: {c.Precision,6:F2}%; recall: {c.Recall,6:F2}%; FB1: {c.F1,6:F2}  {c.Predicted}\n");
        }

        var pol = Over(["PER", "ORG", "LOC"]);
        sb.Append(CultureInfo.InvariantCulture, $"      PER+ORG+LOC: precision: {pol.Precision,6:F2}%; recall: {pol.Recall,6:F2}%; FB1: {pol.F1,6:F2}  {pol.Predicted}");
        return sb.ToString();
    }

    /// <summary>One line of JSON with the figures (percentages rounded to two decimals).</summary>
    public string ToJson(IReadOnlyDictionary<string, double>? extra = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("metric", "conlleval");
            writer.WriteNumber("tokens", Tokens);
            var o = Overall;
            writer.WriteNumber("phrases", o.Gold);
            writer.WriteNumber("found", o.Predicted);
            writer.WriteNumber("correct", o.Correct);
            writer.WriteNumber("accuracy", Math.Round(Accuracy, 2));
            writer.WriteNumber("precision", Math.Round(o.Precision, 2));
            writer.WriteNumber("recall", Math.Round(o.Recall, 2));
            writer.WriteNumber("f1", Math.Round(o.F1, 2));
            var pol = Over(["PER", "ORG", "LOC"]);
            writer.WriteNumber("perOrgLocF1", Math.Round(pol.F1, 2));
            foreach (var (type, c) in ByType)
            {
                writer.WriteNumber(type + "F1", Math.Round(c.F1, 2));
            }

            if (extra is not null)
            {
                foreach (var (key, value) in extra)
                {
                    writer.WriteNumber(key, Math.Round(value, 2));
                }
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
