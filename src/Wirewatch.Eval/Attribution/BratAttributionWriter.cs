using System.Globalization;
using System.Text;

namespace Wirewatch.Eval.Attribution;

/// <summary>
/// Writes attributions in PolNeAR's brat layout: per attribution a Source, Cue and Content T line (discontinuous
/// spans as <c>s e;s e</c>), an Attribution T line over the cue, and an <c>E</c> line tying them
/// (<c>Attribution:Tn Source:Tn Cue:Tn Content:Tn</c>; <c>Attribution-no-source</c> when there is no source).
/// </summary>
public static class BratAttributionWriter
{
    public static string Format(IReadOnlyList<BratAttribution> attributions, string text)
    {
        ArgumentNullException.ThrowIfNull(attributions);
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder();
        int t = 0, e = 0;
        foreach (var a in attributions)
        {
            string? source = a.Source is null ? null : Span(sb, ++t, "Source", a.Source, text);
            string? cue = a.Cue is null ? null : Span(sb, ++t, "Cue", a.Cue, text);
            string content = Span(sb, ++t, "Content", a.Content, text);
            string label = source is null ? "Attribution-no-source" : "Attribution";
            string anchor = Span(sb, ++t, label, a.Cue ?? a.Content, text);
            sb.Append('E').Append((++e).ToString(CultureInfo.InvariantCulture)).Append('\t').Append(label).Append(':').Append(anchor);
            if (source is not null)
            {
                sb.Append(" Source:").Append(source);
            }

            if (cue is not null)
            {
                sb.Append(" Cue:").Append(cue);
            }

            sb.Append(" Content:").Append(content).Append('\n');
        }

        return sb.ToString();
    }

    private static string Span(StringBuilder sb, int number, string label, AttributionSpan span, string text)
    {
        string id = "T" + number.ToString(CultureInfo.InvariantCulture);
        sb.Append(id).Append('\t').Append(label).Append(' ');
        var words = new StringBuilder();
        for (int i = 0; i < span.Parts.Count; i++)
        {
            var p = span.Parts[i];
            if (i > 0)
            {
                sb.Append(';');
                words.Append(' ');
            }

            sb.Append(p.Start.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(p.End.ToString(CultureInfo.InvariantCulture));
            words.Append(text.AsSpan(p.Start, p.Length));
        }

        // brat keeps one annotation per line: line breaks inside a span's text become spaces.
        sb.Append('\t').Append(words.Replace('\n', ' ').Replace('\r', ' ')).Append('\n');
        return id;
    }
}
