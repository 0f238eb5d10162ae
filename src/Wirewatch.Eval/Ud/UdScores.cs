using System.Globalization;
using System.Text.Json;

namespace Wirewatch.Eval.Ud;

/// <summary>
/// Counts and accuracies of the CoNLL 2018 shared-task word metrics under gold tokenisation (where F1 equals
/// accuracy): UPOS, XPOS, LEMMA (a gold "_" lemma matches anything), UAS, and LAS on the universal part of the relation.
/// </summary>
public sealed record UdScores(int Sentences, int Words, int Upos, int Xpos, int Lemma, int Uas, int Las)
{
    public double UposPercent => Percent(Upos);

    public double XposPercent => Percent(Xpos);

    public double LemmaPercent => Percent(Lemma);

    public double UasPercent => Percent(Uas);

    public double LasPercent => Percent(Las);

    /// <summary>One line of JSON with the figures (percentages rounded to two decimals).</summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            writer.WriteString("metric", "conll18-ud-gold-tokens");
            writer.WriteNumber("sentences", Sentences);
            writer.WriteNumber("words", Words);
            writer.WriteNumber("upos", Math.Round(UposPercent, 2));
            writer.WriteNumber("xpos", Math.Round(XposPercent, 2));
            writer.WriteNumber("lemma", Math.Round(LemmaPercent, 2));
            writer.WriteNumber("uas", Math.Round(UasPercent, 2));
            writer.WriteNumber("las", Math.Round(LasPercent, 2));
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A readable table, one metric per line.</summary>
    public string ToTable() => string.Create(CultureInfo.InvariantCulture, $"""
        words     {Words} in {Sentences} sentences
        UPOS      {UposPercent,6:F2}
        XPOS      {XposPercent,6:F2}
        LEMMA     {LemmaPercent,6:F2}
        UAS       {UasPercent,6:F2}
        LAS       {LasPercent,6:F2}
        """);

    private double Percent(int correct) => Words == 0 ? 0 : 100.0 * correct / Words;
}
